import { HistoryClass, ProfileClass } from '../types';
import { ProfileFacts, holds } from './facts';

const GOOD_HISTORY: readonly HistoryClass[] = ['excelente', 'bom'];

/** 0.25 < DTI ≤ 0.4 or 0.3 < util ≤ 0.6. */
const matchesModerate = (f: ProfileFacts): boolean =>
  (holds(f.dti, 'gt', '0.25') && holds(f.dti, 'lte', '0.4')) || (holds(f.util, 'gt', '0.3') && holds(f.util, 'lte', '0.6'));

/** DTI > 0.4 or util > 0.6. */
const matchesBold = (f: ProfileFacts): boolean => holds(f.dti, 'gt', '0.4') || holds(f.util, 'gt', '0.6');

/**
 * RF1 step 5 on the r4 values (P-1: DTI = 0.25 reads conservador). A conflict (P-4) is moderado
 * and arrojado both matching: good history takes moderado, regular/ruim the more prudent
 * conservador. Unknown ratios match nothing, so missing data never reads as leverage.
 */
export function classifyProfile(f: ProfileFacts, history: HistoryClass): ProfileClass {
  if (holds(f.dti, 'lte', '0.25') && holds(f.util, 'lte', '0.3')) return 'conservador';
  const moderate = matchesModerate(f);
  const bold = matchesBold(f);
  if (moderate && bold) return GOOD_HISTORY.includes(history) ? 'moderado' : 'conservador';
  if (bold) return 'arrojado';
  return moderate ? 'moderado' : 'conservador';
}
