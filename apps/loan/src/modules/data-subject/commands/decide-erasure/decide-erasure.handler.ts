import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import type { EventContext } from '@consignado/eventing';
import { recordErasure } from '@consignado/service-kit';
import { LoanConfig } from '../../../../config';
import { CLOCK, type Clock } from '../../../contract/domain/clock';
import { civilDate } from '../../../contract/domain/regret-window';
import { CUSTOMER_CONTRACTS, type CustomerContracts } from '../../database/customer-contracts';
import { ERASURE_DECISIONS, type ErasureDecisions } from '../../database/erasure-decision.repository';
import { decideErasure, type ErasureDecision, erasureDecided } from '../../domain/erasure-decision';

/** The request already had its decision (nothing done), or the decision taken now and how many contracts it anonymized. */
export type ErasureOutcome = { readonly outcome: 'ALREADY_DECIDED' } | { readonly outcome: 'DECIDED'; readonly decision: ErasureDecision; readonly anonymized: number };

/**
 * Loan, the erasure's gatekeeper (LGPD art. 16 I, R-SEC-3): decides on the customer's contracts,
 * on the business date of the injectable clock, with the configured retention. In the consumer's
 * transaction: the decision kept once per request; on ANONYMIZE the erasure recorded and loan's own
 * personal columns nulled; then DataSubjectErasureDecided, which every service acts on.
 */
@Injectable()
export class DecideErasureHandler {
  constructor(
    @Inject(CUSTOMER_CONTRACTS) private readonly contracts: CustomerContracts,
    @Inject(ERASURE_DECISIONS) private readonly decisions: ErasureDecisions,
    @Inject(CLOCK) private readonly clock: Clock,
    @Inject(LoanConfig) private readonly config: LoanConfig,
  ) {}

  async execute(event: EventEnvelope<'DataSubjectErasureRequested'>, ctx: EventContext): Promise<ErasureOutcome> {
    const p = event.payload;
    await this.contracts.lockCustomer(ctx.manager, p.customerId);
    if (await this.decisions.decided(ctx.manager, p.requestId)) return { outcome: 'ALREADY_DECIDED' };
    const now = this.clock.now();
    const decision = decideErasure(p, await this.contracts.ofCustomer(ctx.manager, p.customerId), civilDate(now), now, this.config.CONTRACT_RECORDS_RETENTION_YEARS);
    if (!(await this.decisions.add(ctx.manager, decision, event.eventId))) return { outcome: 'ALREADY_DECIDED' };
    let anonymized = 0;
    if (decision.verdict.decision === 'ANONYMIZE' && (await recordErasure(ctx.manager, p.requestId, p.customerId, p.origin, { contract: decision.contractIds.length }))) {
      anonymized = await this.contracts.anonymize(ctx.manager, p.customerId);
    }
    await ctx.emit('DataSubjectErasureDecided', { payload: erasureDecided(decision) });
    return { outcome: 'DECIDED', decision, anonymized };
  }
}
