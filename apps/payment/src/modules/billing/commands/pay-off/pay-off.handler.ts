import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import type { IsoDate, Money } from '@consignado/finance';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import type { Payment } from '../../../payment/domain/payment';
import { PAYMENT_REPOSITORY, type PaymentRepository, type PayoffKey } from '../../../payment/database/payment.repository';
import type { Billing } from '../../domain/billing';
import type { PayoffSettlement, PayoffSource } from '../../domain/payoff';
import { payoffValuationDate } from '../../domain/payoff-date';
import { BillingNotOpenedError, RefinancingCustomerMismatchError } from '../../domain/payoff.errors';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';

/** Money that ends a contract on another's behalf: a refinancing's proceeds, a portability's transfer or a credit-life insurer's claim payment. */
export interface PayOff {
  contractId: string;
  source: PayoffSource;
  amount: Money;
  /** The date the payoff is valued on: the payment date (moved past installments already paid after it, payoffValuationDate). */
  date: IsoDate;
  settlement: PayoffSettlement;
  /** When given, the billing must be this customer's (a refinancing pays the customer's own contract). */
  customerId?: string;
}

export type PayOffOutcome = { outcome: 'SETTLED' | 'CREDITED'; payment: Payment } | { outcome: 'ALREADY_RECORDED' };

/**
 * Records a payoff under the billing's row lock (docs/life-cycle.md principle 1), once per new
 * contract, NU or claim (a twin delivered concurrently waits on the lock, then finds the first;
 * the unique indexes back it up): on an ACTIVE contract, blocked or not, it settles at finance's
 * settlement amount on the date, the excess credited, and PaymentReceived (EARLY_SETTLEMENT with
 * the settlement instruction) goes to the outbox with the cause's correlation; on one already
 * ended it is all credit, no event.
 */
@Injectable()
export class PayOffHandler {
  constructor(
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  /** `locked`: the billing when the caller already holds its lock. */
  async execute(manager: EntityManager, command: PayOff, cause: EventEnvelope, locked?: Billing): Promise<PayOffOutcome> {
    const billing = locked ?? (await this.billings.findForUpdate(manager, command.contractId));
    if (!billing) throw new BillingNotOpenedError(command.contractId);
    if (command.customerId !== undefined && billing.snapshot.customerId !== command.customerId) throw new RefinancingCustomerMismatchError(command.contractId);
    if (await this.payments.findPayoff(manager, keyOf(command))) return { outcome: 'ALREADY_RECORDED' };
    const date = payoffValuationDate(billing.snapshot, command.date);
    const payment = billing.payOff({ paymentId: randomUUID(), paidAt: this.clock.now() }, { ...command, date });
    await this.billings.save(manager, billing);
    await this.payments.add(manager, payment);
    for (const { type, payload } of billing.pullEvents()) await this.publisher.publish(manager, type, { payload }, cause);
    return { outcome: payment.effect === 'CREDITED' ? 'CREDITED' : 'SETTLED', payment };
  }
}

function keyOf({ settlement: s }: PayOff): PayoffKey {
  if (s.reason === 'REFINANCED') return { source: 'REFINANCING', replacedByContractId: s.replacedByContractId };
  return s.reason === 'PORTED_OUT' ? { source: 'PORTABILITY', portabilityNumber: s.portabilityNumber } : { source: 'INSURANCE', claimId: s.claimId };
}
