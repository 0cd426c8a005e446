import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { CLOCK, type Clock } from '../../domain/clock';
import type { PaymentOutcome } from '../../domain/contract';
import { ContractNotBookedYetError, InvalidPaymentError } from '../../domain/contract.errors';
import { CONTRACT_PAYMENT_REPOSITORY, type ContractPaymentRepository } from '../../database/contract-payment.repository';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

/**
 * PaymentReceived (R-LN-3/4/5, R-PA-2): the contract checks the payment against its own numbers
 * and applies it — installments PAID (ContractSettled after the last one), a settlement of the
 * whole contract (ContractSettled with its reason), or a new plan (ContractAmended); a workout's
 * settlement (RENEGOTIATED) also opens, in the same transaction, the RENEGOTIATION contract that
 * replaces the late one (ContractActivated) — and every
 * payment is kept on record (with its overpayment, which stays the payment service's refundable
 * credit), all in the consumer's transaction. A repeated paymentId has no effect. A contract not
 * booked yet is retried; any refusal by the contract is permanent (dead-lettered, nothing written).
 */
@Injectable()
export class RecordPaymentHandler {
  constructor(
    @Inject(CONTRACT_REPOSITORY) private readonly contracts: ContractRepository,
    @Inject(CONTRACT_PAYMENT_REPOSITORY) private readonly payments: ContractPaymentRepository,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute(payment: PayloadOf<'PaymentReceived'>, ctx: EventContext): Promise<PaymentOutcome | 'DUPLICATE'> {
    const contract = await this.contracts.findForUpdate(ctx.manager, payment.contractId);
    if (!contract) throw new ContractNotBookedYetError(payment.contractId);
    if (await this.payments.exists(ctx.manager, payment.paymentId)) return 'DUPLICATE';
    const now = this.clock.now();
    const successor = payment.settlement?.reason === 'RENEGOTIATED' ? contract.renegotiate(payment, now) : undefined;
    const outcome = successor ? 'RENEGOTIATED' : contract.recordPayment(payment, now);
    if (successor && (await this.contracts.findForUpdate(ctx.manager, successor.id))) throw new InvalidPaymentError(payment.paymentId, `o contrato ${successor.id} já existe`);
    await this.contracts.update(ctx.manager, contract);
    if (successor) await this.contracts.insert(ctx.manager, successor);
    const { paymentId, contractId, source, purpose, amount, unallocated, overpayment, paymentDate } = payment;
    await this.payments.add(ctx.manager, {
      paymentId, contractId, source, purpose, amount, unallocated, overpayment, paymentDate, applied: true, recordedAt: now,
      amortizationMode: payment.amortizationMode ?? null, settlementReason: purpose === 'EARLY_SETTLEMENT' ? (payment.settlement?.reason ?? 'EARLY_SETTLEMENT') : null,
    });
    await emitContractEvents(ctx, contract);
    if (successor) await emitContractEvents(ctx, successor);
    return outcome;
  }
}
