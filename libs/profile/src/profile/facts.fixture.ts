import { dec } from '../decimal/dec';
import { ProfileFacts } from './facts';

type FactsText = Partial<Record<keyof ProfileFacts, string | null>>;

/** Facts from decimal literals: an excellent, low-risk client unless overridden (null = absent). */
export function facts(overrides: FactsText = {}): ProfileFacts {
  const base: Record<keyof ProfileFacts, string | null> = {
    dti: '0.1', util: '0.1', pct: '1', maxDelay: '0', consultas: '1', inad: '0', score: null, ...overrides,
  };
  const value = (k: keyof ProfileFacts) => (base[k] === null ? null : dec(base[k] as string));
  return {
    dti: value('dti'), util: value('util'), pct: value('pct'), maxDelay: value('maxDelay'),
    consultas: value('consultas'), inad: value('inad'), score: value('score'),
  };
}
