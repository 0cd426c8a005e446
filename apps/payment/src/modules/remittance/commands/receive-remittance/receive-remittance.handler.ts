import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { EventPublisher } from '@consignado/eventing';
import { Money } from '@consignado/finance';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import type { Billing } from '../../../billing/domain/billing';
import { DateInFutureError } from '../../../billing/domain/billing.errors';
import { BILLING_REPOSITORY, type BillingChange, type BillingRepository } from '../../../billing/database/billing.repository';
import { PAYROLL_DEDUCTION_REPOSITORY, type PayrollDeductionRepository } from '../../../billing/database/payroll-deduction.repository';
import { type Payment, paymentReceivedOf, payrollPayment } from '../../../payment/domain/payment';
import { PAYMENT_REPOSITORY, type PaymentRepository } from '../../../payment/database/payment.repository';
import { contentHash } from '@consignado/core';
import { reconcileRemittance, type Remittance, remittanceContent, type RemittanceReport } from '../../domain/remittance';
import { RemittanceConflictError } from '../../domain/remittance.errors';
import { REMITTANCE_REPOSITORY, type RemittanceRepository, type StoredRemittance } from '../../database/remittance.repository';

export interface RemittanceAnswer {
  /** 201 the first time; 200 when the same remittance came again (replayed). */
  status: 201 | 200;
  report: RemittanceReport;
  replayed: boolean;
}

/** Raised inside the transaction when another request took the remittance id first. */
class AlreadyReceived extends Error {}

/**
 * Receives a payroll remittance once: the id is taken, every line reconciled, MATCHED installments
 * PAID with one PaymentReceived (PAYROLL) each, and the report stored — all in one transaction.
 * The same id again replays the stored report (same content) or is a conflict (other content).
 */
@Injectable()
export class ReceiveRemittanceHandler {
  private readonly logger = new Logger('ReceiveRemittance');

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(REMITTANCE_REPOSITORY) private readonly remittances: RemittanceRepository,
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(PAYROLL_DEDUCTION_REPOSITORY) private readonly deductions: PayrollDeductionRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  async execute(remittance: Remittance): Promise<RemittanceAnswer> {
    const hash = contentHash(remittanceContent(remittance));
    const stored = await this.remittances.find(remittance.remittanceId);
    if (stored) return replay(stored, hash, remittance.remittanceId);
    if (remittance.paymentDate.isAfter(await this.clock.today())) throw new DateInFutureError();
    try {
      const report = await this.dataSource.transaction((manager) => this.receive(manager, remittance, hash));
      this.logger.log('remittance reconciled', { remittanceId: remittance.remittanceId, ...report.totals });
      return { status: 201, report, replayed: false };
    } catch (error) {
      const twin = await this.remittances.find(remittance.remittanceId);
      if (twin) return replay(twin, hash, remittance.remittanceId);
      throw error;
    }
  }

  private async receive(manager: EntityManager, remittance: Remittance, hash: string): Promise<RemittanceReport> {
    const { remittanceId, referenceMonth, paymentDate } = remittance;
    const paidAt = this.clock.now();
    const claimed = await this.remittances.claim(manager, { remittanceId, contentHash: hash, referenceMonth, paymentDate: paymentDate.toString(), receivedAt: paidAt });
    if (!claimed) throw new AlreadyReceived();
    const contractIds = remittance.lines.map((l) => l.contractId);
    const billings = await this.billings.findManyForUpdate(manager, contractIds);
    const { report, matched } = reconcileRemittance(remittance, billings, await this.deductions.findMany(manager, contractIds));
    const changes = new Map<string, { billing: Billing; installments: number[] }>();
    const payments: Payment[] = matched.map(({ contractId, allocation, parameters }) => {
      const billing = billings.get(contractId) as Billing;
      const payment = payrollPayment({ paymentId: randomUUID(), customerId: billing.snapshot.customerId, contractId, paidAt }, allocation, paymentDate, parameters, remittanceId);
      billing.recordPayment(payment.paymentId, { paymentDate, allocations: [allocation], overpayment: Money.ZERO });
      const change = changes.get(contractId) ?? { billing, installments: [] };
      change.installments.push(allocation.installmentNumber);
      changes.set(contractId, change);
      return payment;
    });
    await this.billings.saveChanges(manager, [...changes.values()] satisfies BillingChange[]);
    await this.payments.addMany(manager, payments);
    await this.publisher.publishAll(manager, 'PaymentReceived', payments.map((payment) => ({ payload: paymentReceivedOf(payment), metadata: { channel: 'SYSTEM' as const } })));
    await this.remittances.complete(manager, remittanceId, report);
    return report;
  }
}

function replay(stored: StoredRemittance, hash: string, remittanceId: string): RemittanceAnswer {
  if (stored.contentHash !== hash) throw new RemittanceConflictError(remittanceId);
  return { status: 200, report: stored.report, replayed: true };
}
