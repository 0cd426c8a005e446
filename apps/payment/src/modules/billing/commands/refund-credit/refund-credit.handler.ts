import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { mayActFor, type Principal } from '@consignado/auth';
import type { Money } from '@consignado/finance';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands } from '@consignado/service-kit';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { DisbursementWriter } from '../../../disbursement/commands/shared/disbursement-writer';
import { Disbursement } from '../../../disbursement/domain/disbursement';
import { NoPayoutAccountError } from '../../../disbursement/domain/disbursement.errors';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../../disbursement/database/disbursement.repository';
import { PAYOUT_ACCOUNT_REPOSITORY, type PayoutAccountRepository } from '../../../disbursement/database/payout-account.repository';
import { callerOf } from '../../../../shared/access/caller';
import { ContractNotFoundError } from '../../domain/billing.errors';
import { CreditIdempotencyConflictError } from '../../domain/credit.errors';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';
import { type CreditRefundReceipt, refundReceiptOf } from './credit-refund.receipt';

export interface RefundCredit {
  contractId: string;
  /** Default: the whole credit. */
  amount?: Money;
}

/**
 * The customer's credit refunded to their payout account (R-LN-10, CREDIT_REFUND). Under the
 * billing's row lock, then the customer's disbursement lock (the order every writer of both
 * takes): the credit is debited, the refund disbursement and its one attempt stored, and
 * FundsReleaseRequested written to the outbox — one transaction, so the credit is never spent
 * twice. Blocked, no credit, too much, no account: refused, nothing written.
 */
@Injectable()
export class RefundCreditHandler {
  private readonly logger = new Logger('RefundCredit');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    @Inject(PAYOUT_ACCOUNT_REPOSITORY) private readonly accounts: PayoutAccountRepository,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    private readonly writer: DisbursementWriter,
  ) {}

  async execute(command: RefundCredit, by: Principal, idempotencyKey?: string): Promise<CommandOutcome<CreditRefundReceipt>> {
    const claim = idempotencyKey === undefined ? undefined : claimOf(command, by, idempotencyKey);
    const outcome = await this.commands.run(claim, (manager) => this.refund(manager, command, by));
    if (!outcome.replayed) this.logger.log('credit refund requested', { contractId: command.contractId, refundId: outcome.result.refund.refundId });
    return outcome;
  }

  private async refund(manager: EntityManager, command: RefundCredit, by: Principal): Promise<CreditRefundReceipt> {
    const billing = await this.billings.findForUpdate(manager, command.contractId);
    if (!billing || !mayActFor(by, billing.snapshot.customerId)) throw new ContractNotFoundError();
    const { contractId, customerId } = billing.snapshot;
    const amount = billing.debitCreditForRefund(command.amount);
    await this.disbursements.lockCustomer(manager, customerId);
    const account = await this.accounts.find(manager, customerId);
    if (!account) throw new NoPayoutAccountError();
    const now = this.clock.now();
    const refund = Disbursement.refund(randomUUID(), contractId, customerId, amount, now);
    refund.requestOn(account, randomUUID(), now);
    await this.billings.saveChanges(manager, [{ billing, installments: [] }]);
    await this.writer.save(manager, refund);
    return refundReceiptOf(billing, refund);
  }
}

/** Keys are per caller: the same key from two callers is two requests. */
function claimOf(command: RefundCredit, by: Principal, key: string): IdempotencyClaim {
  const content = { contractId: command.contractId, amount: command.amount?.toString() ?? null };
  return { scope: `credit-refund:${callerOf(by)}`, key, content, conflict: () => new CreditIdempotencyConflictError() };
}
