import { randomUUID } from 'node:crypto';
import { type FinancialProfile as SeedProfile, financialProfile, PROFILE_RULES_VERSION } from '@consignado/profile';
import type { PortableDebt } from './portable-debt';
import type { ProfileInput, Source } from './profile-input';

/**
 * A customer's financial profile (seed 004 RF1, R-CA-3) as computed once and kept: the seed's
 * input with where each field came from, the seed's output, the rule version, and the facts RF2
 * will need (`recommendBase`), so a recommendation always works from the very data the profile saw.
 */
export interface FinancialProfileRecord {
  readonly profileId: string;
  readonly customerId: string;
  readonly businessDate: string;
  readonly rulesVersion: string;
  readonly input: Readonly<Record<string, unknown>>;
  readonly sources: Readonly<Record<string, Source>>;
  readonly result: SeedProfile;
  readonly recommendBase: Readonly<Record<string, unknown>>;
  /** Consignados elsewhere that could be ported here (seed 004 portabilidade_divida). */
  readonly portableDebts: readonly PortableDebt[];
  readonly computedAt: Date;
}

/** RF2's input besides the profile (PROFILE.md RF2 and P-9), in the seed's names. */
export type RecommendFacts = Readonly<Record<string, unknown>>;

export function computeProfile(customerId: string, input: ProfileInput, facts: RecommendFacts, businessDate: string, now: Date, portable: readonly PortableDebt[] = []): FinancialProfileRecord {
  const result = financialProfile(input.input);
  return {
    profileId: randomUUID(),
    customerId,
    businessDate,
    rulesVersion: PROFILE_RULES_VERSION,
    input: input.input,
    sources: input.sources,
    result,
    recommendBase: { ...facts, perfil: result },
    portableDebts: portable,
    computedAt: now,
  };
}
