import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@consignado/auth';
import { EventPublisher } from '@consignado/eventing';
import type { IsoDate } from '@consignado/finance';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import type { Billing } from '../../../billing/domain/billing';
import { BILLING_REPOSITORY, type BillingRepository } from '../../../billing/database/billing.repository';
import { REFINANCING_HOLD_REPOSITORY, type RefinancingHoldRepository } from '../../../billing/database/refinancing-hold.repository';
import type { Payment } from '../../domain/payment';
import { manualPayment } from '../../domain/payment-kinds';
import { IdempotencyConflictError } from '../../domain/payment.errors';
import { PAYMENT_RESULT } from '../../database/payment-result.codec';
import { PAYMENT_REPOSITORY, type PaymentRepository } from '../../database/payment.repository';
import { callerOf } from '../../../../shared/access/caller';
import { lockedCustomerBilling } from '../customer-billing';
import { contentOf, type MakePayment } from './make-payment.command';

/**
 * A manual payment (seed 002 §8, R-LN-3, R-LN-4, R-LN-5): installments, an early settlement or an
 * extraordinary amortization. Under the billing's row lock — the one arbiter of money on a
 * contract (docs/life-cycle.md principle 1) — the checks, then in one transaction the billing
 * changed, the payment stored and PaymentReceived written to the outbox. A refusal writes nothing.
 * With an Idempotency-Key the same request again, from the same caller, gets the first payment
 * back, replayed. A customer (DIGITAL) pays only their own contracts (R-SEC-1): anyone else's
 * answers as an unknown contract would, so contract ids cannot be probed.
 */
@Injectable()
export class MakePaymentHandler {
  private readonly logger = new Logger('MakePayment');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(REFINANCING_HOLD_REPOSITORY) private readonly holds: RefinancingHoldRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  async execute(command: MakePayment, by: Principal, idempotencyKey?: string): Promise<CommandOutcome<Payment>> {
    // Read before the transaction: the clock's own query must not wait for a pool connection while this one holds the billing lock.
    const today = await this.clock.today();
    const claim = idempotencyKey === undefined ? undefined : claimOf(command, by, idempotencyKey);
    const outcome = await this.commands.run(claim, (manager) => this.pay(manager, command, by, today), PAYMENT_RESULT);
    const { paymentId, contractId, purpose, allocations, overpayment } = outcome.result;
    if (!outcome.replayed) this.logger.log('payment recorded', { paymentId, contractId, purpose, installments: allocations.length, overpaid: overpayment.isPositive() });
    return outcome;
  }

  private async pay(manager: EntityManager, command: MakePayment, by: Principal, today: IsoDate): Promise<Payment> {
    const billing = await lockedCustomerBilling(this.billings, manager, by, command);
    const payment = await this.apply(manager, billing, command, today);
    if (command.purpose === 'INSTALLMENT') await this.billings.saveChanges(manager, [{ billing, installments: command.installments }]);
    else await this.billings.save(manager, billing);
    await this.payments.add(manager, payment);
    for (const { type, payload } of billing.pullEvents()) await this.publisher.publish(manager, type, { payload });
    return payment;
  }

  private async apply(manager: EntityManager, billing: Billing, command: MakePayment, today: IsoDate): Promise<Payment> {
    const { amount, paymentDate } = command;
    const ids = { paymentId: randomUUID(), paidAt: this.clock.now() };
    if (command.purpose === 'INSTALLMENT') {
      const quote = billing.quotePayment({ installments: command.installments, amount, paymentDate, today });
      const paid = manualPayment({ ...ids, customerId: command.customerId, contractId: command.contractId }, quote);
      billing.recordPayment(paid);
      return paid;
    }
    const request = { amount, paymentDate, today, refinancingPending: await this.holds.isHeld(manager, command.contractId) };
    return command.purpose === 'EARLY_SETTLEMENT' ? billing.settleEarly(ids, request) : billing.amortizeExtra(ids, { ...request, mode: command.amortizationMode });
  }
}

/** Keys are per caller (`make-payment:DIGITAL:<customerId>`…): the same key from two callers is two requests. */
export function claimOf(command: MakePayment, by: Principal, key: string): IdempotencyClaim {
  return { scope: `make-payment:${callerOf(by)}`, key, content: contentOf(command), conflict: () => new IdempotencyConflictError() };
}
