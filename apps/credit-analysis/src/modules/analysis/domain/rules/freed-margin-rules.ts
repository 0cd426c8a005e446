import { Money } from '@consignado/finance';
import { brl } from './format';
import { type DecisionReason, reason } from './reason';

/**
 * INSS refinancing (R-LN-6): Dataprev's available margin still counts the old contract's
 * installment, which the new one replaces in the same registration, so it is added back.
 */
export function freedMarginRule(rule: string, installment: Money, available: Money, freed: Money, version: string): DecisionReason {
  const limit = available.plus(freed);
  const of = `margem disponível de ${brl(available)} mais a parcela de ${brl(freed)} do contrato refinanciado`;
  return reason({
    rule,
    passed: installment.lte(limit),
    measured: installment.toString(),
    limit: limit.toString(),
    parameterVersion: version,
    failure: { code: 'CREDIT.MARGIN_EXCEEDED', message: `Parcela de ${brl(installment)} excede ${brl(limit)}: ${of}.` },
    success: `Parcela de ${brl(installment)} dentro de ${brl(limit)}: ${of}.`,
  });
}

export interface ServantMargin {
  /** R(share × net income). */
  readonly gross: Money;
  /** The installments of the customer's other active servant deductions. */
  readonly deductions: Money;
  readonly sharePercent: string;
}

/** Servants (seed 002 §11.1.1): the installment within share × income less the deductions the customer already has. */
export function servantMarginRule(rule: string, installment: Money, margin: ServantMargin, version: string): DecisionReason {
  const limit = Money.max(Money.ZERO, margin.gross.minus(margin.deductions));
  const of = `${margin.sharePercent} da renda líquida (${brl(margin.gross)}) menos descontos consignados ativos de ${brl(margin.deductions)}`;
  return reason({
    rule,
    passed: installment.lte(limit),
    measured: installment.toString(),
    limit: limit.toString(),
    parameterVersion: version,
    failure: { code: 'CREDIT.MARGIN_EXCEEDED', message: `Parcela de ${brl(installment)} excede a margem consignável de ${brl(limit)}: ${of}.` },
    success: `Parcela de ${brl(installment)} dentro da margem consignável de ${brl(limit)}: ${of}.`,
  });
}
