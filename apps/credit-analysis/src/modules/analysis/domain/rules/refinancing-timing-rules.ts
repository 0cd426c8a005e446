import { type DecisionReason, reason } from './reason';

/**
 * Seed 002 §11.3.1, "≥ 20% das parcelas pagas": 5k ≥ n (finance `refinance`, which refuses
 * REFINANCE_TOO_EARLY otherwise), k the installments paid, n the contract's installments now.
 */
export function minPaidRule(rule: string, paid: number, installments: number, version: string): DecisionReason {
  const needed = Math.ceil(installments / 5);
  return reason({
    rule,
    passed: 5 * paid >= installments,
    measured: `${paid} de ${installments} parcelas pagas`,
    limit: `ao menos ${needed} (20% de ${installments})`,
    parameterVersion: version,
    failure: { code: 'CREDIT.REFINANCE_TOO_EARLY', message: `O refinanciamento exige ao menos 20% das parcelas pagas: ${paid} de ${installments}, mínimo ${needed}.` },
    success: `${paid} de ${installments} parcelas pagas: ao menos 20%.`,
  });
}

/** R-LN-6: a contract that came from a refinancing is refinanced again only `min` days after its contract date. */
export function refinancingIntervalRule(rule: string, days: number, min: number, version: string): DecisionReason {
  return reason({
    rule,
    passed: days >= min,
    measured: `${days} dias desde o refinanciamento anterior`,
    limit: `ao menos ${min} dias`,
    parameterVersion: version,
    failure: { code: 'CREDIT.REFINANCING_TOO_SOON', message: `O contrato veio de um refinanciamento há ${days} dias: um novo refinanciamento só após ${min} dias.` },
    success: `Refinanciamento anterior há ${days} dias (mínimo ${min}).`,
  });
}
