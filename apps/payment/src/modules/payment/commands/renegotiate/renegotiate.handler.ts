import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Principal } from '@consignado/auth';
import { EventPublisher } from '@consignado/eventing';
import type { IsoDate } from '@consignado/finance';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { BILLING_REPOSITORY, type BillingRepository } from '../../../billing/database/billing.repository';
import { REFINANCING_HOLD_REPOSITORY, type RefinancingHoldRepository } from '../../../billing/database/refinancing-hold.repository';
import type { Payment } from '../../domain/payment';
import { IdempotencyConflictError } from '../../domain/payment.errors';
import { PAYMENT_RESULT } from '../../database/payment-result.codec';
import { PAYMENT_REPOSITORY, type PaymentRepository } from '../../database/payment.repository';
import { callerOf } from '../../../../shared/access/caller';
import { lockedCustomerBilling } from '../customer-billing';
import { contentOf, type Renegotiate } from './renegotiate.command';

/**
 * A workout accepted (R-LN-8, docs/life-cycle.md "Workout of a late contract"): under the billing's
 * row lock, dated payment's business day, the option recomputed on the billing and checked against
 * the offer seen; then in one transaction the settling payment (source RENEGOTIATION) stored, the
 * billing closed as on an early settlement and PaymentReceived in the outbox. A refusal writes
 * nothing. Who may: as POST /v1/payments (a customer only their own contract). Idempotency-Key per caller.
 */
@Injectable()
export class RenegotiateHandler {
  private readonly logger = new Logger('Renegotiate');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(REFINANCING_HOLD_REPOSITORY) private readonly holds: RefinancingHoldRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  async execute(command: Renegotiate, by: Principal, idempotencyKey?: string): Promise<CommandOutcome<Payment>> {
    // Read before the transaction: the clock's own query must not wait for a pool connection while this one holds the billing lock.
    const today = await this.clock.today();
    const claim: IdempotencyClaim | undefined =
      idempotencyKey === undefined ? undefined : { scope: `renegotiate:${callerOf(by)}`, key: idempotencyKey, content: contentOf(command), conflict: () => new IdempotencyConflictError() };
    const outcome = await this.commands.run(claim, (manager) => this.accept(manager, command, by, today), PAYMENT_RESULT);
    const { paymentId, contractId, settlement } = outcome.result;
    if (!outcome.replayed) this.logger.log('renegotiation accepted', { paymentId, contractId, newContractId: settlement?.replacedByContractId, option: command.option });
    return outcome;
  }

  private async accept(manager: EntityManager, command: Renegotiate, by: Principal, today: IsoDate): Promise<Payment> {
    const billing = await lockedCustomerBilling(this.billings, manager, by, command);
    const request = { ...command, today, refinancingPending: await this.holds.isHeld(manager, command.contractId) };
    const acceptance = { renegotiationId: randomUUID(), newContractId: randomUUID(), channel: by.channel, capacity: command.capacity };
    const payment = billing.renegotiate({ paymentId: randomUUID(), paidAt: this.clock.now() }, request, acceptance);
    await this.billings.save(manager, billing);
    await this.payments.add(manager, payment);
    for (const { type, payload } of billing.pullEvents()) await this.publisher.publish(manager, type, { payload });
    return payment;
  }
}
