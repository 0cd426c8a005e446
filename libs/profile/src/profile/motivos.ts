import { Decimal, ONE, fmt } from '../decimal/dec';
import { ProfileFacts, holds } from './facts';

interface Bullet {
  text: string;
  adverse: boolean;
}

type Band = readonly [op: 'gt' | 'gte' | 'lte' | 'lt', limit: string, label: string];
const DTI_BANDS: readonly Band[] = [['gt', '0.5', '>0.5'], ['gt', '0.4', '>0.4'], ['gt', '0.35', '>0.35'], ['gt', '0.25', '>0.25'], ['lte', '0.25', '≤0.25']];
const UTIL_BANDS: readonly Band[] = [['gt', '0.8', '>0.8'], ['gt', '0.6', '>0.6'], ['gt', '0.5', '>0.5'], ['gt', '0.3', '>0.3'], ['lte', '0.3', '≤0.3']];
const PCT_BANDS: readonly Band[] = [['gte', '0.98', '≥0.98'], ['gte', '0.95', '≥0.95'], ['gte', '0.9', '≥0.9'], ['lt', '0.9', '<0.9']];
const DELAY_BANDS: readonly Band[] = [['lte', '5', '≤5'], ['lte', '15', '≤15'], ['lte', '30', '≤30'], ['gt', '30', '>30']];

/** The label of the first band that holds (the last band always does). */
const band = (x: Decimal, bands: readonly Band[]): string => (bands.find(([op, limit]) => holds(x, op, limit)) ?? bands[bands.length - 1])[2];

/** "1 dia", "2 dias": the seed writes counts in pt-BR with their number. */
export const plural = (n: Decimal, one: string, many: string): string => `${fmt(n)} ${n.eq(ONE) ? one : many}`;

/** The six metric bullets, in PROFILE.md order, for the values that are known. */
function metricBullets(f: ProfileFacts): Bullet[] {
  const bullets: Array<Bullet | null> = [
    f.dti && { text: `DTI=${fmt(f.dti)} (${band(f.dti, DTI_BANDS)})`, adverse: holds(f.dti, 'gt', '0.25') },
    f.util && { text: `Utilização=${fmt(f.util)} (${band(f.util, UTIL_BANDS)})`, adverse: holds(f.util, 'gt', '0.3') },
    f.pct && { text: `Pagamentos em dia=${fmt(f.pct)} (${band(f.pct, PCT_BANDS)})`, adverse: holds(f.pct, 'lt', '0.98') },
    f.maxDelay && { text: `Atraso máximo=${plural(f.maxDelay, 'dia', 'dias')} (${band(f.maxDelay, DELAY_BANDS)})`, adverse: holds(f.maxDelay, 'gt', '5') },
    f.inad && { text: `${plural(f.inad, 'inadimplência', 'inadimplências')} em 5 anos`, adverse: holds(f.inad, 'gt', '0') },
    f.consultas && { text: `${plural(f.consultas, 'consulta', 'consultas')} em 6 meses`, adverse: holds(f.consultas, 'gt', '2') },
  ];
  return bullets.filter((b): b is Bullet => b !== null);
}

/**
 * RF1 step 8 (P-6): what worsened or decided the result comes first — a decisive score
 * (≥750 / ≤550), then adverse bullets, then the others, then a neutral score; at most 5.
 */
export function classificationReasons(f: ProfileFacts): string[] {
  const bullets = metricBullets(f);
  const adverse = bullets.filter((b) => b.adverse).map((b) => b.text);
  const others = bullets.filter((b) => !b.adverse).map((b) => b.text);
  const s = f.score;
  const decisive = s !== null && (holds(s, 'gte', '750') || holds(s, 'lte', '550'));
  const scoreText = s === null ? [] : [decisive ? `Score externo=${fmt(s)} (${holds(s, 'gte', '750') ? '≥750' : '≤550'})` : `Score externo=${fmt(s)}`];
  return [...(decisive ? scoreText : []), ...adverse, ...others, ...(decisive ? [] : scoreText)].slice(0, 5);
}
