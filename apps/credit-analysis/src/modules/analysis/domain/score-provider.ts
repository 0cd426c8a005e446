/**
 * Port to the risk provider (R-CA-2): a credit score 0..1000 for a CPF. Implementations must
 * never log the CPF unmasked (R-X-2).
 */
export interface ScoreProvider {
  scoreOf(cpf: string): Promise<number>;
}

export const SCORE_PROVIDER = Symbol('SCORE_PROVIDER');
