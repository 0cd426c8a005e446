import type { ScoreProvider } from '../domain/score-provider';

/**
 * Fixed scores for documented test CPFs (valid check digits), so every band edge can be reached
 * on purpose in tests and local runs.
 */
export const FIXTURE_SCORES: Readonly<Record<string, number>> = {
  '10000015040': 150, // below the minimum: SCORE_TOO_LOW
  '20000020052': 200, // one below the minimum
  '30000020141': 201, // the minimum, first band (9.99%, up to R$ 1,000 and 12 months)
  '40000050067': 500, // second band (9.74%)
  '50000075060': 750, // third band
  '60000095001': 950, // fourth band
};

/** Any other CPF: the number formed by its first nine digits, modulo 1001 (0..1000), stable forever. */
export function derivedScore(cpf: string): number {
  return Number(cpf.slice(0, 9)) % 1001;
}

/** SCORE_PROVIDER=deterministic: no network, same answer every time (R-CA-2). */
export class DeterministicScoreProvider implements ScoreProvider {
  async scoreOf(cpf: string): Promise<number> {
    return FIXTURE_SCORES[cpf] ?? derivedScore(cpf);
  }
}
