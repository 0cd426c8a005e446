import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { mayActFor, type Principal } from '@consignado/auth';
import { EventPublisher } from '@consignado/eventing';
import type { IsoDate, Money } from '@consignado/finance';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { PAYMENT_REPOSITORY, type PaymentRepository } from '../../../payment/database/payment.repository';
import { callerOf } from '../../../../shared/access/caller';
import { ContractNotFoundError } from '../../domain/billing.errors';
import { CreditIdempotencyConflictError } from '../../domain/credit.errors';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';
import { CREDIT_APPLICATION_REPOSITORY, type CreditApplicationRepository } from '../../database/credit-application.repository';
import { applicationReceiptOf, type CreditApplicationReceipt } from './credit-application.receipt';

export interface ApplyCredit {
  contractId: string;
  /** Default: the whole credit. */
  amount?: Money;
}

/**
 * The customer's credit applied to the open installments, oldest first, on the business date
 * (Billing.applyCredit): under the billing's row lock, in one transaction, the installments PAID,
 * the credit debited, the payment stored and marked as paid from the credit, PaymentReceived in
 * the outbox. Two requests racing: the second sees the first's credit. A refusal writes nothing.
 */
@Injectable()
export class ApplyCreditHandler {
  private readonly logger = new Logger('ApplyCredit');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(CREDIT_APPLICATION_REPOSITORY) private readonly applications: CreditApplicationRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  async execute(command: ApplyCredit, by: Principal, idempotencyKey?: string): Promise<CommandOutcome<CreditApplicationReceipt>> {
    // Read before the transaction, as a payment does: the clock's query must not wait on the pool while the billing lock is held.
    const today = await this.clock.today();
    const claim = idempotencyKey === undefined ? undefined : claimOf(command, by, idempotencyKey);
    const outcome = await this.commands.run(claim, (manager) => this.apply(manager, command, by, today));
    const { paymentId, installments } = outcome.result;
    if (!outcome.replayed) this.logger.log('credit applied', { contractId: command.contractId, paymentId, installments: installments.length });
    return outcome;
  }

  private async apply(manager: EntityManager, command: ApplyCredit, by: Principal, today: IsoDate): Promise<CreditApplicationReceipt> {
    const billing = await this.billings.findForUpdate(manager, command.contractId);
    if (!billing || !mayActFor(by, billing.snapshot.customerId)) throw new ContractNotFoundError();
    const payment = billing.applyCredit({ paymentId: randomUUID(), paidAt: this.clock.now() }, today, command.amount);
    await this.billings.saveChanges(manager, [{ billing, installments: payment.allocations.map((a) => a.installmentNumber) }]);
    await this.payments.add(manager, payment);
    await this.applications.add(manager, payment);
    for (const { type, payload } of billing.pullEvents()) await this.publisher.publish(manager, type, { payload });
    return applicationReceiptOf(billing, payment);
  }
}

/** Keys are per caller: the same key from two callers is two requests. */
function claimOf(command: ApplyCredit, by: Principal, key: string): IdempotencyClaim {
  const content = { contractId: command.contractId, amount: command.amount?.toString() ?? null };
  return { scope: `credit-apply:${callerOf(by)}`, key, content, conflict: () => new CreditIdempotencyConflictError() };
}
