import type { BenefitHolder, DataprevMargin } from '../dataprev/dataprev.types';

export const MARGIN_CACHE = Symbol('MARGIN_CACHE');

/**
 * Port: Dataprev margin answers cached per benefit (R-AV-3). Best effort: a cache failure never
 * fails a margin check or a registration, it only costs a Dataprev call.
 *
 * Invalidation bumps the benefit's generation; a query that started before the bump cannot store
 * its (possibly stale) answer afterwards, because `put` stores only under the generation read
 * before the Dataprev call.
 */
export interface MarginCache {
  /** The cached answer for this holder, or undefined (miss, other CPF, Redis down). */
  get(holder: BenefitHolder): Promise<DataprevMargin | undefined>;
  /** Read before calling Dataprev; undefined when Redis does not answer (then nothing is stored). */
  generation(benefitNumber: string): Promise<string | undefined>;
  /** Stores the answer unless the benefit was invalidated since `generation` was read. */
  put(holder: BenefitHolder, margin: DataprevMargin, generation: string | undefined): Promise<boolean>;
  /** After registering or cancelling a deduction: the next query goes to Dataprev. */
  invalidate(benefitNumber: string): Promise<void>;
  /** The customer's data was erased (R-SEC-3): the benefit's entry and generation go. */
  forget(benefitNumber: string): Promise<void>;
}
