import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { recordErasure } from '@consignado/service-kit';
import { CUSTOMER_ANONYMIZER, type CustomerAnonymizer } from '../../database/customer-anonymizer';

/** What the erasure did: nothing (RETAIN, or already applied) or the rows anonymized, by table. */
export interface ErasureOutcome {
  readonly outcome: 'RETAINED' | 'ALREADY_APPLIED' | 'ANONYMIZED';
  readonly rows: Readonly<Record<string, number>>;
}

/**
 * Loan's verdict on an erasure (R-SEC-3). ANONYMIZE: in the consumer's transaction, the erasure is
 * recorded once (a replay, or another event of the same request, changes nothing) and the
 * customer's analyses and projected contracts lose their personal data. RETAIN: nothing.
 */
@Injectable()
export class AnonymizeCustomerHandler {
  constructor(@Inject(CUSTOMER_ANONYMIZER) private readonly anonymizer: CustomerAnonymizer) {}

  async execute(event: EventEnvelope<'DataSubjectErasureDecided'>, ctx: EventContext): Promise<ErasureOutcome> {
    const p = event.payload;
    if (p.decision !== 'ANONYMIZE') return { outcome: 'RETAINED', rows: {} };
    const found = await this.anonymizer.lock(ctx.manager, p);
    const rows = { analysis: found.analysis.length, contract_position: found.contract_position.length, financial_profile: found.financial_profile.length, recommendation: found.recommendation.length };
    if (!(await recordErasure(ctx.manager, p.requestId, p.customerId, p.origin, rows))) return { outcome: 'ALREADY_APPLIED', rows };
    await this.anonymizer.erase(ctx.manager, found);
    return { outcome: 'ANONYMIZED', rows };
  }
}
