import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventPublisher } from '@consignado/eventing';
import type { IsoDate } from '@consignado/finance';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import type { Billing, BillingEvent } from '../../../billing/domain/billing';
import { DateInFutureError } from '../../../billing/domain/billing.errors';
import { BILLING_REPOSITORY, type BillingChange, type BillingRepository } from '../../../billing/database/billing.repository';
import { PAYROLL_DEDUCTION_REPOSITORY, type PayrollDeductionRepository } from '../../../billing/database/payroll-deduction.repository';
import type { Payment } from '../../../payment/domain/payment';
import { payrollPayment } from '../../../payment/domain/payment-kinds';
import { PAYMENT_REPOSITORY, type PaymentRepository } from '../../../payment/database/payment.repository';
import { reconcileRemittance, type Remittance, remittanceContent, type RemittanceReport } from '../../domain/remittance';
import { RemittanceConflictError } from '../../domain/remittance.errors';
import { REMITTANCE_REPOSITORY, type RemittanceRepository } from '../../database/remittance.repository';

/**
 * Receives a payroll remittance once: every line reconciled, MATCHED installments PAID with one
 * PaymentReceived (PAYROLL) each, and the report stored — all in one transaction. The remittance
 * id is its natural idempotency key: the same remittance again replays the stored report, the
 * same id with other content is PAYMENT.REMITTANCE_CONFLICT.
 */
@Injectable()
export class ReceiveRemittanceHandler {
  private readonly logger = new Logger('ReceiveRemittance');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(REMITTANCE_REPOSITORY) private readonly remittances: RemittanceRepository,
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(PAYROLL_DEDUCTION_REPOSITORY) private readonly deductions: PayrollDeductionRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  async execute(remittance: Remittance): Promise<CommandOutcome<RemittanceReport>> {
    // Read before the transaction: the clock's own query must not wait for a pool connection while this one holds billing locks.
    const today = await this.clock.today();
    const outcome = await this.commands.run(claimOf(remittance), (manager) => this.receive(manager, remittance, today));
    if (!outcome.replayed) this.logger.log('remittance reconciled', { remittanceId: remittance.remittanceId, ...outcome.result.totals });
    return outcome;
  }

  private async receive(manager: EntityManager, remittance: Remittance, today: IsoDate): Promise<RemittanceReport> {
    const { remittanceId, referenceMonth, paymentDate } = remittance;
    if (paymentDate.isAfter(today)) throw new DateInFutureError();
    const paidAt = this.clock.now();
    const contractIds = remittance.lines.map((l) => l.contractId);
    const billings = await this.billings.findManyForUpdate(manager, contractIds);
    const { report, matched } = reconcileRemittance(remittance, billings, await this.deductions.findMany(manager, contractIds));
    const changes = new Map<string, { billing: Billing; installments: number[] }>();
    const events: BillingEvent[] = [];
    const payments: Payment[] = matched.map(({ contractId, allocation, parameters }) => {
      const billing = billings.get(contractId) as Billing;
      const payment = payrollPayment({ paymentId: randomUUID(), customerId: billing.snapshot.customerId, contractId, paidAt }, allocation, paymentDate, parameters, remittanceId);
      billing.recordPayment(payment);
      events.push(...billing.pullEvents());
      const change = changes.get(contractId) ?? { billing, installments: [] };
      change.installments.push(allocation.installmentNumber);
      changes.set(contractId, change);
      return payment;
    });
    await this.remittances.add(manager, { remittanceId, referenceMonth, paymentDate: paymentDate.toString(), receivedAt: paidAt, report });
    await this.billings.saveChanges(manager, [...changes.values()] satisfies BillingChange[]);
    await this.payments.addMany(manager, payments);
    await this.publisher.publishAll(manager, 'PaymentReceived', events.map(({ payload }) => ({ payload, metadata: { channel: 'SYSTEM' as const } })));
    return report;
  }
}

function claimOf(remittance: Remittance): IdempotencyClaim {
  const { remittanceId } = remittance;
  return { scope: 'receive-remittance', key: remittanceId, content: remittanceContent(remittance), conflict: () => new RemittanceConflictError(remittanceId) };
}
