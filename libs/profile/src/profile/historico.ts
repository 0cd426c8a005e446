import { HistoryClass } from '../types';
import { ProfileFacts, holds, holdsOrAbsent } from './facts';

/** [class, pct ≥, atraso ≤, inad ≤, consultas ≤]; the first row that holds wins (RF1 step 4). */
const BANDS: ReadonlyArray<readonly [HistoryClass, string, string, string, string]> = [
  ['excelente', '0.98', '5', '0', '2'],
  ['bom', '0.95', '15', '1', '4'],
];

/**
 * RF1 step 4. Absent counts fail excelente and bom (P-3: unknown data never helps); regular is
 * the floor they can reach, so it accepts an absent inadimplência count and ignores consultas.
 */
export function classifyHistory(f: ProfileFacts): HistoryClass {
  if (f.pct === null) return holds(f.inad, 'gt', '0') ? 'ruim' : 'regular';
  const band = BANDS.find(
    ([, pct, delay, inad, queries]) =>
      holds(f.pct, 'gte', pct) && holds(f.maxDelay, 'lte', delay) && holds(f.inad, 'lte', inad) && holds(f.consultas, 'lte', queries),
  );
  if (band) return band[0];
  const regular = holds(f.pct, 'gte', '0.9') && holds(f.maxDelay, 'lte', '30') && holdsOrAbsent(f.inad, 'lte', '2');
  return regular ? 'regular' : 'ruim';
}
