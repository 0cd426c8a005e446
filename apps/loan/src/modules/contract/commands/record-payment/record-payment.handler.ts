import { Inject, Injectable } from '@nestjs/common';
import type { PayloadOf } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { CLOCK, type Clock } from '../../domain/clock';
import { ContractNotBookedYetError } from '../../domain/contract.errors';
import { CONTRACT_PAYMENT_REPOSITORY, type ContractPaymentRepository } from '../../database/contract-payment.repository';
import { CONTRACT_REPOSITORY, type ContractRepository } from '../../database/contract.repository';
import { emitContractEvents } from '../emit-contract-events';

/**
 * Minimal servicing (R-PA-2): marks the allocated installments paid with amount, date, fine and
 * mora, emits ContractSettled after the last one, and keeps every payment on record. Early
 * settlement and extra amortization are recorded unapplied for the servicing issue (R-LN-4/5).
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
