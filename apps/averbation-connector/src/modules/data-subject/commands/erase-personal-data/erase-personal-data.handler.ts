import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { recordErasure } from '@consignado/service-kit';
import { MARGIN_CACHE, type MarginCache } from '../../../margin-cache/margin-cache';
import { ledgerRows } from '../../domain/erasure-plan';
import { PersonalDataEraser } from '../../database/personal-data-eraser';

/** Rows anonymized per table; undefined when nothing was done (RETAIN, or a request already applied). */
export type ErasureOutcome = Record<string, number> | undefined;

/**
 * Loan's decision on a data subject (R-SEC-3). ANONYMIZE: in the consumer's transaction, the
 * customer's rows are locked and counted, the erasure recorded, and — the first time only — their
 * benefit numbers, CPF and the requests' personal fields nulled; the benefits' cached margins go.
 * RETAIN: nothing changes. Logs ids and counts only.
 */
@Injectable()
export class ErasePersonalDataHandler {
  private readonly logger = new Logger('ErasePersonalData');

  constructor(
    @Inject(PersonalDataEraser) private readonly eraser: PersonalDataEraser,
    @Inject(MARGIN_CACHE) private readonly cache: MarginCache,
  ) {}

  async execute(manager: EntityManager, decision: PayloadOf<'DataSubjectErasureDecided'>): Promise<ErasureOutcome> {
    const { requestId, customerId } = decision;
    if (decision.decision !== 'ANONYMIZE') return void this.logger.log({ message: 'erasure retained', requestId, customerId, reason: decision.reason });
    const found = await this.eraser.find(manager, decision);
    const rows = ledgerRows(found.plans);
    if (!(await recordErasure(manager, requestId, customerId, decision.origin, rows))) {
      return void this.logger.log({ message: 'erasure already applied', requestId, customerId });
    }
    await this.eraser.anonymize(manager, found.plans);
    for (const benefitNumber of found.benefitNumbers) await this.cache.forget(benefitNumber);
    const inProgress = found.plans.some((p) => p.inProgress.length > 0);
    this.logger[inProgress ? 'warn' : 'log']({ message: inProgress ? 'personal data anonymized; rows still in progress left as they are' : 'personal data anonymized', requestId, customerId, rows });
    return rows;
  }
}
