import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PayloadOf } from '@consignado/contracts';
import { FieldCipher } from '@consignado/core';
import { recordErasure } from '@consignado/service-kit';
import { anonymizeCustomer } from '../../database/customer-anonymizer';
import { ErasureRequests } from '../../database/erasure-request.repository';

/**
 * Loan's decision on an erasure (R-SEC-3): ANONYMIZE → the customer and their proposals are
 * anonymized here, in the consumer's transaction, and the request closes ANONYMIZED; RETAIN →
 * the request closes RETAINED and nothing else changes. A decision applied once is not applied
 * again: the request is no longer PENDING.
 */
@Injectable()
export class ApplyErasureDecisionHandler {
  private readonly logger = new Logger('ApplyErasureDecision');

  constructor(
    @Inject(ErasureRequests) private readonly requests: ErasureRequests,
    @Inject(FieldCipher) private readonly cipher: FieldCipher,
  ) {}

  async execute(manager: EntityManager, decision: PayloadOf<'DataSubjectErasureDecided'>): Promise<void> {
    const request = await this.requests.lock(manager, decision.requestId);
    const { requestId, customerId } = decision;
    // Every request is opened here: an unknown one, or one already closed, changes nothing.
    if (!request?.close(decision)) {
      this.logger.warn({ message: 'erasure decision ignored', requestId, customerId, known: request !== undefined });
      return;
    }
    await this.requests.update(manager, request);
    if (decision.decision === 'ANONYMIZE') {
      const rows = await anonymizeCustomer(manager, this.cipher, customerId);
      await recordErasure(manager, requestId, customerId, decision.origin, rows);
      this.logger.log({ requestId, customerId, decision: decision.decision, rows });
    } else {
      this.logger.log({ requestId, customerId, decision: decision.decision, reason: decision.reason, retainedUntil: decision.retainedUntil });
    }
  }
}
