import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { recordErasure } from '@consignado/service-kit';
import { PERSONAL_DATA_ERASER, type PersonalDataEraser } from '../../database/personal-data.eraser';
import { type ErasedRows, erasureOf } from '../../domain/erasure';

export type ErasureOutcome = { applied: false; why: 'RETAINED' | 'ALREADY_APPLIED' } | { applied: true; rows: ErasedRows; cancelled: number };

/**
 * Loan's decision on an erasure (R-SEC-3), in the consumer's transaction. ANONYMIZE: the request
 * goes on the erasure ledger, then the customer's contact, texts, addresses and errors are cleared
 * and their deliveries still due CANCELLED. RETAIN: nothing changes. A request already on the
 * ledger changes nothing — not even what arrived since (a customer who came back). Ids and counts
 * only in the logs.
 */
@Injectable()
export class ApplyErasureHandler {
  private readonly logger = new Logger('ApplyErasure');

  constructor(@Inject(PERSONAL_DATA_ERASER) private readonly eraser: PersonalDataEraser) {}

  async execute(manager: EntityManager, decision: PayloadOf<'DataSubjectErasureDecided'>): Promise<ErasureOutcome> {
    const erasure = erasureOf(decision);
    const { requestId, customerId } = decision;
    if (!erasure) {
      this.logger.log({ message: 'personal data retained', requestId, customerId, reason: decision.reason });
      return { applied: false, why: 'RETAINED' };
    }
    const rows = await this.eraser.holdings(manager, erasure);
    if (!(await recordErasure(manager, erasure.requestId, erasure.customerId, erasure.origin, rows))) {
      this.logger.log({ message: 'erasure already applied', requestId, customerId });
      return { applied: false, why: 'ALREADY_APPLIED' };
    }
    const { cancelled } = await this.eraser.erase(manager, erasure);
    this.logger.log({ message: 'personal data erased', requestId, customerId, rows, cancelledDeliveries: cancelled });
    return { applied: true, rows, cancelled };
  }
}
