import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { recordErasure } from '@consignado/service-kit';
import { PayoutDataEraser } from '../../database/payout-data-eraser';
import { PersonalDataEraser } from '../../database/personal-data-eraser';

/**
 * Loan's decision on a data subject (R-SEC-3). ANONYMIZE: in the consumer's transaction, the
 * customer's deductions, payout account and disbursement attempts are locked and counted, the
 * erasure recorded and — the first time only — benefit numbers and accounts nulled. RETAIN: nothing changes. Logs ids and counts only.
 */
@Injectable()
export class ErasePersonalDataHandler {
  private readonly logger = new Logger('ErasePersonalData');

  constructor(
    @Inject(PersonalDataEraser) private readonly eraser: PersonalDataEraser,
    @Inject(PayoutDataEraser) private readonly payouts: PayoutDataEraser,
  ) {}

  async execute(manager: EntityManager, decision: PayloadOf<'DataSubjectErasureDecided'>): Promise<void> {
    const { requestId, customerId } = decision;
    if (decision.decision !== 'ANONYMIZE') return this.logger.log({ message: 'erasure retained', requestId, customerId, reason: decision.reason });
    const deductions = await this.eraser.find(manager, decision);
    const payout = await this.payouts.find(manager, decision);
    const rows = { payroll_deduction: deductions.length, ...counted('payout_account', payout.payoutAccounts), ...counted('disbursement_attempt', payout.attempts) };
    if (!(await recordErasure(manager, requestId, customerId, decision.origin, rows))) return this.logger.log({ message: 'erasure already applied', requestId, customerId });
    await this.eraser.anonymize(manager, deductions);
    await this.payouts.anonymize(manager, payout);
    this.logger.log({ message: 'personal data anonymized', requestId, customerId, rows });
  }
}

/** Payout tables count in the ledger only when they held something of the subject. */
function counted(table: string, ids: readonly string[]): Record<string, number> {
  return ids.length > 0 ? { [table]: ids.length } : {};
}
