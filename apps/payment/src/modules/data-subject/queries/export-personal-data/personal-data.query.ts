import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { erasuresOf, openOrUndefined, PersonalDataSection } from '@consignado/service-kit';
import { PAYROLL_DEDUCTION_SEALED } from '../../../billing/database/payroll-deduction.mapper';
import { openedPayout, PAYOUT_SQL } from './payout.records';

const CONTRACTS = `SELECT contract_id FROM billing WHERE customer_id = $1`;

/** Each kind of record, camel-cased and dates as text by the query itself. */
const SQL = {
  billings: `SELECT contract_id AS "contractId", status, activated_at AS "activatedAt", closed_at AS "closedAt", credit_balance AS "creditBalance",
      insurance_premium_refund AS "insurancePremiumRefund", monthly_rate AS "monthlyRate", plan_installment AS "planInstallment", settled_by_payment_id AS "settledByPaymentId",
      block_reason AS "blockReason", block_since AS "blockSince"
    FROM billing WHERE customer_id = $1 ORDER BY activated_at NULLS LAST, contract_id`,
  installments: `SELECT contract_id AS "contractId", number, due_date::text AS "dueDate", amount, status, payment_id AS "paymentId", paid_date::text AS "paidDate",
      paid_amount AS "paidAmount", fine, mora FROM billing_installment WHERE contract_id IN (${CONTRACTS}) ORDER BY contract_id, number`,
  payments: `SELECT payment_id AS "paymentId", contract_id AS "contractId", source, purpose, amount, overpayment, payment_date::text AS "paymentDate", paid_at AS "paidAt",
      effect, remittance_id AS "remittanceId" FROM payment WHERE customer_id = $1 ORDER BY paid_at, payment_id`,
  payrollDeductions: `SELECT contract_id AS "contractId", averbation_id AS "averbationId", protocol, benefit_number AS "benefitNumber", installment_amount AS "installmentAmount",
      term_months AS "termMonths", first_due_date::text AS "firstDueDate", registered_at AS "registeredAt" FROM payroll_deduction WHERE contract_id IN (${CONTRACTS}) ORDER BY contract_id`,
  reminders: `SELECT contract_id AS "contractId", installment_number AS "installmentNumber", kind, reference_date::text AS "referenceDate", created_at AS "createdAt"
    FROM installment_reminder WHERE contract_id IN (${CONTRACTS}) ORDER BY contract_id, installment_number, kind`,
  refinancingHolds: `SELECT proposal_id AS "proposalId", contract_id AS "contractId", status, held_at AS "heldAt", released_at AS "releasedAt", release_reason AS "releaseReason"
    FROM refinancing_hold WHERE contract_id IN (${CONTRACTS}) ORDER BY proposal_id`,
  ...PAYOUT_SQL,
} as const;

type Row = Record<string, unknown>;

/**
 * Everything payment holds on a customer (LGPD art. 18 II): billings, installments, payments,
 * payroll deductions (benefit number opened), reminders sent, refinancing holds, the payout
 * account, disbursements and their attempts (accounts opened), regret returns; and the erasures
 * applied. A customer it never billed gets empty lists.
 */
@Injectable()
export class PersonalDataQuery {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async execute(customerId: string): Promise<PersonalDataSection> {
    const records: Record<string, Row[]> = {};
    for (const [kind, sql] of Object.entries(SQL)) records[kind] = ((await this.dataSource.query(sql, [customerId])) as Row[]).map((r) => this.opened(openedPayout(this.cipher, kind, r)));
    return PersonalDataSection.of('payment', customerId, records, await erasuresOf(this.dataSource.manager, customerId));
  }

  /** A deduction's benefit number opened; an erased one left out. Null columns are left out too. */
  private opened(row: Row): Row {
    const benefitNumber = 'benefitNumber' in row ? openOrUndefined(this.cipher, row.benefitNumber as string | null, PAYROLL_DEDUCTION_SEALED.benefitNumber) : undefined;
    return Object.fromEntries(Object.entries({ ...row, benefitNumber }).filter(([, v]) => v !== null && v !== undefined));
  }
}
