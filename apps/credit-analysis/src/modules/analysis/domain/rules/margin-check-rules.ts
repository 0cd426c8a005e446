import { type DecisionReason, reason } from './reason';

/** Dataprev's code for a benefit it does not know (averbation-connector passes it through). */
export const BENEFIT_NOT_FOUND_CODE = 'DATAPREV.BENEFIT_NOT_FOUND';

export interface MarginCheckFailure {
  readonly code: string;
  readonly attempts: number;
}

/**
 * MarginCheckFailed becomes a rejection (the proposal needs no extra state for it): an unknown
 * benefit is CREDIT.BENEFIT_NOT_FOUND; anything else (Dataprev kept failing after the connector's
 * retries) is CREDIT.DATAPREV_UNAVAILABLE, and a new proposal later may succeed.
 */
export function marginCheckFailedReason(rule: string, failure: MarginCheckFailure, version: string): DecisionReason {
  const notFound = failure.code === BENEFIT_NOT_FOUND_CODE;
  return reason({
    rule,
    passed: false,
    measured: `${failure.code} após ${failure.attempts} tentativa(s)`.slice(0, 100),
    limit: 'margem consultada na Dataprev',
    parameterVersion: version,
    failure: notFound
      ? { code: 'CREDIT.BENEFIT_NOT_FOUND', message: 'Benefício não encontrado na Dataprev.' }
      : { code: 'CREDIT.DATAPREV_UNAVAILABLE', message: 'Não foi possível consultar a margem na Dataprev. Tente uma nova proposta mais tarde.' },
    success: 'Margem consultada na Dataprev.',
  });
}
