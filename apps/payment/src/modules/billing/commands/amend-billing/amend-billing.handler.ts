import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { PAYMENT_REPOSITORY, type PaymentRepository } from '../../../payment/database/payment.repository';
import { type AmendOutcome, amendmentOf } from '../../domain/amendment';
import { BillingNotOpenedError } from '../../domain/payoff.errors';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';

/**
 * ContractAmended (R-LN-5): loan's plan after an extraordinary amortization payment decided. The
 * billing already holds it (same payment, same rows: number, due date, amount) — or held it and a
 * later amortization replaced it, checked against the plan recorded with that payment — and
 * nothing changes; a billing never re-planned for that payment takes the event's rows; any other
 * plan is BILLING.AMENDMENT_MISMATCH, dead-lettered.
 */
@Injectable()
export class AmendBillingHandler {
  constructor(
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(PAYMENT_REPOSITORY) private readonly payments: PaymentRepository,
  ) {}

  async execute(event: PayloadOf<'ContractAmended'>, manager: EntityManager): Promise<AmendOutcome> {
    const amendment = amendmentOf(event);
    const billing = await this.billings.findForUpdate(manager, event.contractId);
    if (!billing) throw new BillingNotOpenedError(event.contractId);
    const paid = await this.payments.findIn(manager, event.paymentId);
    const recorded = paid?.contractId === event.contractId ? paid.amortization?.rows : undefined;
    const outcome = billing.amend(amendment, recorded);
    if (outcome === 'TAKEN') await this.billings.save(manager, billing);
    return outcome;
  }
}
