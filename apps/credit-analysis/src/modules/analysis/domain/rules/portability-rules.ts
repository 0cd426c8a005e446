import type { Money } from '@consignado/finance';
import { brl } from './format';
import { type DecisionReason, reason } from './reason';

/** A portability names the origin institution and contract; the balance comes from there (R-LN-7). */
export function portabilityOriginRule(rule: string, present: boolean, version: string): DecisionReason {
  return reason({
    rule,
    passed: present,
    measured: present ? 'informado' : 'ausente',
    limit: 'instituição e contrato de origem informados',
    parameterVersion: version,
    failure: { code: 'CREDIT.PORTABILITY_ORIGIN_REQUIRED', message: 'A portabilidade exige a instituição e o contrato de origem.' },
    success: 'Instituição e contrato de origem informados.',
  });
}

/** Res. CMN 5.057/2022: the ported contract's term may not exceed the installments left at the origin (finance TERM_EXCEEDS_REMAINING). */
export function remainingTermRule(rule: string, term: number, remaining: number, version: string): DecisionReason {
  return reason({
    rule,
    passed: term <= remaining,
    measured: `${term} meses`,
    limit: `até ${remaining} meses (parcelas restantes na origem)`,
    parameterVersion: version,
    failure: { code: 'CREDIT.PORTABILITY_TERM_EXCEEDS_REMAINING', message: `Prazo de ${term} meses acima das ${remaining} parcelas restantes do contrato de origem.` },
    success: `Prazo de ${term} meses dentro das ${remaining} parcelas restantes do contrato de origem.`,
  });
}

/** The new installment must be below the origin's (finance NO_SAVING). */
export function savingRule(rule: string, installment: Money, origin: Money, version: string): DecisionReason {
  return reason({
    rule,
    passed: installment.lt(origin),
    measured: installment.toString(),
    limit: `abaixo de ${origin.toString()}`,
    parameterVersion: version,
    failure: { code: 'CREDIT.PORTABILITY_NO_SAVING', message: `A parcela de ${brl(installment)} não é menor que a do contrato de origem, ${brl(origin)}: a portabilidade não traz economia.` },
    success: `Parcela de ${brl(installment)} menor que a do contrato de origem, ${brl(origin)}.`,
  });
}

export interface PortabilityFailure {
  readonly reason: string;
  readonly code: string;
  readonly message: string;
  readonly portabilityNumber?: string;
}

/** PortabilityRequestFailed: the exchange's code and pt-BR message, as the connector reported them. */
export function portabilityRequestFailedReason(rule: string, failure: PortabilityFailure, version: string): DecisionReason {
  const nu = failure.portabilityNumber ? ` (NU ${failure.portabilityNumber})` : '';
  return reason({
    rule,
    passed: false,
    measured: `${failure.reason}${nu}`.slice(0, 100),
    limit: 'saldo informado pela instituição de origem',
    parameterVersion: version,
    failure: { code: failure.code, message: failure.message },
    success: '',
  });
}
