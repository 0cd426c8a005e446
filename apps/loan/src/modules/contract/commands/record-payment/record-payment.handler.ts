import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { CLOCK, type Clock } from '../../domain/clock';
import { ContractNotBookedYetError } from '../../domain/contract.errors';
import { CONTRACT_PAYMENT_REPOSITORY, type ContractPaymentRepository } from '../../database/contract-payment.repository';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

/**
 * PaymentReceived (R-LN-3, R-PA-2): checks every allocation against the contract (amount, fine
 * and mora from `lateCharges`), marks the installments PAID with date, amount, fine and mora,
 * settles and emits ContractSettled after the last one, and keeps every payment on record (with
 * its overpayment, which stays the payment service's refundable credit) — all in the consumer's
 * transaction. A repeated paymentId has no effect. A contract not booked yet is retried; any
 * refusal by the contract is permanent (dead-lettered, nothing written). Early settlement and
 * extra amortization are recorded unapplied (R-LN-4/5 are not in this slice).
 */
@Injectable()
export class RecordPaymentHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CONTRACT_PAYMENT_REPOSITORY) private readonly payments: ContractPaymentRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(payment: PayloadOf<'PaymentReceived'>, ctx: EventContext): Promise<'APPLIED' | 'NOT_APPLIED' | 'DUPLICATE'> {
    const contract = await this.contracts.findForUpdate(ctx.manager, payment.contractId);
    if (!contract) throw new ContractNotBookedYetError(payment.contractId);
    if (await this.payments.exists(ctx.manager, payment.paymentId)) return 'DUPLICATE';
    const now = this.clock.now();
    const outcome = contract.recordPayment(payment, now);
    await this.contracts.update(ctx.manager, contract);
    const { paymentId, contractId, source, purpose, amount, unallocated, overpayment, paymentDate } = payment;
    await this.payments.add(ctx.manager, { paymentId, contractId, source, purpose, amount, unallocated, overpayment, paymentDate, applied: outcome === 'APPLIED', recordedAt: now });
    await emitContractEvents(ctx, contract);
    return outcome;
  }
}
