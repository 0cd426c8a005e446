import type { LinkType } from '@consignado/contracts';
import { dec, type Decimal, EffectiveDated, INSS_HISTORY_START, IsoDate, type ParameterVersion } from '@consignado/finance';

/** INSS consignado rules the finance catalogue does not carry (seed 003 §2, D-1, D-9). */
export interface InssPolicy {
  readonly allowedLinkTypes: readonly LinkType[];
  /** Age at the end of the contract must stay below this (seed 002 idadeMaximaConsignado). */
  readonly maxAgeAtEnd: number;
  /** Benefit days 1..N: only the paying bank lends and no portability (seed 003 §2.4). */
  readonly newBenefitDays: number;
  // No grace (IN 138/2022 art. 12, D-1): the latest first due date, the payroll calendar's 60 days
  // (D-10), is finance's INSS term limits (maxFirstPeriodDays), shared with simulation.
}

/** Public-servant consignado rules beyond finance's ServantParameters (seed 002 §2, §11.1, §12.2). */
export interface ServantPolicy {
  readonly allowedLinkTypes: readonly LinkType[];
  /** margemConsignavel: share of the net income the installments may take. */
  readonly marginShare: Decimal;
  /** valorMinimoConsignado. */
  readonly minAmount: Decimal;
}

/** Personal-loan payment capacity (seed 002 §11.2.6, §12.1): share of income minus expenses. */
export interface PersonalPolicy {
  readonly incomeShare: Decimal;
}

/**
 * Refinancing (R-LN-6, seed 002 §9, §11.3.1): the 20% paid is finance's `refinance` (5k ≥ n);
 * the days between refinancings are this service's rule.
 */
export interface RefinancingPolicy {
  /** A contract that itself came from a refinancing may be refinanced this many days after its contract date. */
  readonly minDaysBetweenRefinancings: number;
}

export interface CreditPolicyRegistry {
  readonly inss: EffectiveDated<InssPolicy>;
  readonly servant: EffectiveDated<ServantPolicy>;
  readonly personal: EffectiveDated<PersonalPolicy>;
  readonly refinancing: EffectiveDated<RefinancingPolicy>;
}

/** Seed values without a date are in force from the registry's beginning (as in libs/finance). */
const UNDATED = '1900-01-01';

const version = <T>(id: string, from: string, source: string, value: T): ParameterVersion<T> => ({ id, effectiveFrom: IsoDate.of(from), source, value });

/** credit-analysis's own effective-dated parameters (D-1: data with a date, recorded per decision). */
export const CREDIT_POLICY: CreditPolicyRegistry = {
  inss: new EffectiveDated('política INSS da análise', [
    version('CA-INSS-2024-07', INSS_HISTORY_START, 'seed 003 §2.4; seed 002 §2; D-1; D-9', {
      allowedLinkTypes: ['APOSENTADO', 'PENSIONISTA'],
      maxAgeAtEnd: 80,
      newBenefitDays: 90,
    }),
  ]),
  servant: new EffectiveDated('política consignado servidor da análise', [
    version('CA-SERVIDOR-SEED-002', UNDATED, 'seed 002 §2, §11.1.1, §11.1.5; D-1', {
      allowedLinkTypes: ['SERVIDOR'],
      marginShare: dec('0.35'),
      minAmount: dec('1000'),
    }),
  ]),
  personal: new EffectiveDated('política empréstimo pessoal da análise', [
    version('CA-PERSONAL-SEED-002', UNDATED, 'seed 002 §2, §11.2.6, §12.1', { incomeShare: dec('0.30') }),
  ]),
  refinancing: new EffectiveDated('política de refinanciamento da análise', [
    version('CA-REFINANCING-SEED-002', UNDATED, 'seed 002 §9, §11.3.1; R-LN-6', { minDaysBetweenRefinancings: 90 }),
  ]),
};
