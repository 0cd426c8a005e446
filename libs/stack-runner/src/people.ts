import { randomInt } from 'node:crypto';

/** A valid CPF (check digits per Receita Federal) that no fixture uses. */
export function randomCpf(): string {
  for (;;) {
    const base = Array.from({ length: 9 }, () => randomInt(10));
    if (new Set(base).size === 1) continue;
    const d1 = checkDigit(base);
    const d2 = checkDigit([...base, d1]);
    return [...base, d1, d2].join('');
  }
}

/**
 * A valid random CPF that credit analysis's deterministic score provider scores `score` (0..1000):
 * it derives a score from the first nine digits, modulo 1001. No fixture CPF is one of these.
 */
export function randomCpfScoring(score: number): string {
  for (;;) {
    const base = String(1001 * randomInt(100_000, 999_000) + score).split('').map(Number);
    if (base.length !== 9 || new Set(base).size === 1) continue;
    const d1 = checkDigit(base);
    return [...base, d1, checkDigit([...base, d1])].join('');
  }
}

function checkDigit(digits: number[]): number {
  const weightStart = digits.length + 1;
  const sum = digits.reduce((acc, d, i) => acc + d * (weightStart - i), 0);
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

/** A 10-digit benefit number outside the mock's fixtures (which start with 1–5 or are all zeros/nines): the mock derives a synthetic benefit for it. */
export function randomBenefitNumber(): string {
  return `7${String(randomInt(0, 1_000_000_000)).padStart(9, '0')}`;
}

/** ISO date `days` before today (UTC). */
export function daysAgo(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}
