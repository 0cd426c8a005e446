import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { recordErasure } from '@consignado/service-kit';
import { PersonalDataEraser } from '../../database/personal-data-eraser';

/**
 * Loan's decision on a data subject (R-SEC-3). ANONYMIZE: in the consumer's transaction, the
 * customer's deductions are locked and counted, the erasure recorded and — the first time only —
 * their benefit numbers nulled. RETAIN: nothing changes. Logs ids and counts only.
 */
@Injectable()
export class ErasePersonalDataHandler {
  private readonly logger = new Logger('ErasePersonalData');

  constructor(@Inject(PersonalDataEraser) private readonly eraser: PersonalDataEraser) {}

  async execute(manager: EntityManager, decision: PayloadOf<'DataSubjectErasureDecided'>): Promise<void> {
    const { requestId, customerId } = decision;
    if (decision.decision !== 'ANONYMIZE') return this.logger.log({ message: 'erasure retained', requestId, customerId, reason: decision.reason });
    const deductions = await this.eraser.find(manager, decision);
    const rows = { payroll_deduction: deductions.length };
    if (!(await recordErasure(manager, requestId, customerId, decision.origin, rows))) return this.logger.log({ message: 'erasure already applied', requestId, customerId });
    await this.eraser.anonymize(manager, deductions);
    this.logger.log({ message: 'personal data anonymized', requestId, customerId, rows });
  }
}
