import { Type, type Static } from '@sinclair/typebox';
import { Benefit } from '../schema/domain';
import { BenefitNumber, Code, Money, UtcTimestamp, Uuid } from '../schema/primitives';

/** Limit, used and available margin of one kind (seed 003 §5.1 "margem"). */
export const MarginBalance = Type.Object(
  { limit: Money, used: Money, available: Money },
  { additionalProperties: false, title: 'MarginBalance' },
);

/**
 * MarginChecked v1 — Dataprev answered a margin query (R-AV-1, seed 003 §5.1).
 *
 * Producer: averbation-connector. Consumers: credit-analysis (margin rule, 90-day rule with the
 * benefit's start date, R-CA-1) and proposal (PENDING_MARGIN_CHECK → PENDING_CREDIT_ANALYSIS,
 * R-PR-2). The answer is a snapshot: the margin is only reserved at averbation (R-AV-3).
 */
export const MarginCheckedPayload = Type.Object(
  {
    proposalId: Uuid,
    benefitNumber: BenefitNumber,
    benefit: Benefit,
    margins: Type.Object(
      {
        /** Personal-loan margin (35% of the benefit, D-1). */
        loan: MarginBalance,
        /** Credit-card margin (5%). */
        card: MarginBalance,
        /** Benefit-card margin (5%), when Dataprev reports it. */
        benefitCard: Type.Optional(MarginBalance),
      },
      { additionalProperties: false },
    ),
    /** Dataprev restriction codes (blocked benefit, judicial order…); empty when none. */
    restrictions: Type.Array(Code, { maxItems: 50 }),
    checkedAt: UtcTimestamp,
    /** True when served from the Redis cache (R-AV-3) rather than a fresh Dataprev call. */
    fromCache: Type.Boolean(),
  },
  { additionalProperties: false, title: 'MarginCheckedPayload' },
);
export type MarginCheckedPayload = Static<typeof MarginCheckedPayload>;
