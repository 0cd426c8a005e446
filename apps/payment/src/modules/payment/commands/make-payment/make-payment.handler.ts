import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventPublisher } from '@consignado/eventing';
import type { IsoDate, Money } from '@consignado/finance';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { ContractNotFoundError, CustomerNotFoundError } from '../../../billing/domain/billing.errors';
import { BILLING_REPOSITORY, type BillingRepository } from '../../../billing/database/billing.repository';
import { manualPayment, type Payment } from '../../domain/payment';
import { IdempotencyConflictError } from '../../domain/payment.errors';
import { PAYMENT_RESULT } from '../../database/payment-result.codec';
import { PAYMENT_REPOSITORY, type PaymentRepository } from '../../database/payment.repository';

export interface MakePayment {
  customerId: string;
  contractId: string;
  amount: Money;
  installments: number[];
  paymentDate: IsoDate;
}

/**
 * A manual payment (seed 002 §8, R-LN-3). Under the billing's row lock: the checks in the seed's
 * order, then in one transaction the installments PAID, the overpayment credited, the payment
 * stored and PaymentReceived written to the outbox. A refusal writes nothing. With an
 * Idempotency-Key the same request again gets the first payment back, replayed.
 */
@Injectable()
export class MakePaymentHandler {
  private readonly logger = new Logger('MakePayment');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  async execute(command: MakePayment, idempotencyKey?: string): Promise<CommandOutcome<Payment>> {
    const outcome = await this.commands.run(idempotencyKey === undefined ? undefined : claimOf(command, idempotencyKey), (manager) => this.pay(manager, command), PAYMENT_RESULT);
    const { paymentId, contractId, allocations, overpayment } = outcome.result;
    if (!outcome.replayed) this.logger.log('payment recorded', { paymentId, contractId, installments: allocations.length, overpaid: overpayment.isPositive() });
    return outcome;
  }

  private async pay(manager: EntityManager, command: MakePayment): Promise<Payment> {
    if (!(await this.billings.customerHasBilling(manager, command.customerId))) throw new CustomerNotFoundError();
    const billing = await this.billings.findForUpdate(manager, command.contractId);
    if (!billing || billing.snapshot.customerId !== command.customerId) throw new ContractNotFoundError();
    const quote = billing.quotePayment({ installments: command.installments, amount: command.amount, paymentDate: command.paymentDate, today: await this.clock.today() });
    const paid = manualPayment({ paymentId: randomUUID(), customerId: command.customerId, contractId: command.contractId, paidAt: this.clock.now() }, quote);
    billing.recordPayment(paid);
    await this.billings.saveChanges(manager, [{ billing, installments: command.installments }]);
    await this.payments.add(manager, paid);
    for (const { type, payload } of billing.pullEvents()) await this.publisher.publish(manager, type, { payload });
    return paid;
  }
}

/** The content is the request's meaning, so "11/09/2025" and "2025-09-11" are the same request. */
function claimOf(command: MakePayment, key: string): IdempotencyClaim {
  const content = { ...command, amount: command.amount.toString(), paymentDate: command.paymentDate.toString() };
  return { scope: 'make-payment', key, content, conflict: () => new IdempotencyConflictError() };
}
