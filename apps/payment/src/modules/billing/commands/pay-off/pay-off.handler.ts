import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope, SettlementInstruction } from '@consignado/contracts';
import { EventPublisher } from '@consignado/eventing';
import type { IsoDate, Money } from '@consignado/finance';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import type { Payment } from '../../../payment/domain/payment';
import { PAYMENT_REPOSITORY, type PaymentRepository, type PayoffKey } from '../../../payment/database/payment.repository';
import type { Billing } from '../../domain/billing';
import { BillingNotOpenedError, RefinancingCustomerMismatchError } from '../../domain/payoff.errors';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';

/** Money that ends a contract on another's behalf: a refinancing's proceeds or a portability's transfer. */
export interface PayOff {
  contractId: string;
  source: 'REFINANCING' | 'PORTABILITY';
  amount: Money;
  /** The date the payoff was quoted for: the payment date. */
  date: IsoDate;
  settlement: SettlementInstruction & ({ reason: 'REFINANCED'; replacedByContractId: string } | { reason: 'PORTED_OUT'; portabilityNumber: string });
  /** When given, the billing must be this customer's (a refinancing pays the customer's own contract). */
  customerId?: string;
}

export type PayOffOutcome = { outcome: 'SETTLED' | 'CREDITED'; payment: Payment } | { outcome: 'ALREADY_RECORDED' };

/**
 * Records a payoff under the billing's row lock (docs/life-cycle.md principle 1), once per new
 * contract or NU: on an ACTIVE contract it settles at finance's settlement amount on the date,
 * the excess credited, and PaymentReceived (EARLY_SETTLEMENT with the settlement instruction) goes
 * to the outbox with the cause's correlation; on one already ended it is all credit, no event.
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
    const payment = billing.payOff({ paymentId: randomUUID(), paidAt: this.clock.now() }, command);
    await this.billings.save(manager, billing);
    await this.payments.add(manager, payment);
    for (const { type, payload } of billing.pullEvents()) await this.publisher.publish(manager, type, { payload }, cause);
    return { outcome: payment.effect === 'CREDITED' ? 'CREDITED' : 'SETTLED', payment };
  }
}

function keyOf(command: PayOff): PayoffKey {
  const s = command.settlement;
  return s.reason === 'REFINANCED' ? { source: 'REFINANCING', replacedByContractId: s.replacedByContractId } : { source: 'PORTABILITY', portabilityNumber: s.portabilityNumber };
}
