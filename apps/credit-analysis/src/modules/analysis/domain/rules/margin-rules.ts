import type { Money } from '@consignado/finance';
import { brl } from './format';
import { type DecisionReason, reason } from './reason';

/** Installment ≤ available consignable margin (seed 002 §11.1.1, seed 003 §2.1). */
export function marginRule(rule: string, installment: Money, available: Money, version: string): DecisionReason {
  return reason({
    rule,
    passed: installment.lte(available),
    measured: installment.toString(),
    limit: available.toString(),
    parameterVersion: version,
    failure: { code: 'CREDIT.MARGIN_EXCEEDED', message: `Parcela de ${brl(installment)} excede a margem consignável disponível de ${brl(available)}.` },
    success: `Parcela de ${brl(installment)} dentro da margem consignável disponível de ${brl(available)}.`,
  });
}

/** Portability needs no new margin (seed 003 §3.2, §4.9): the ported installment is already deducted. */
export function portabilityMarginRule(rule: string, installment: Money, version: string): DecisionReason {
  return reason({
    rule,
    passed: true,
    measured: installment.toString(),
    limit: 'portabilidade: sem margem nova',
    parameterVersion: version,
    failure: { code: 'CREDIT.MARGIN_EXCEEDED', message: 'Parcela excede a margem consignável disponível.' },
    success: `Portabilidade não consome margem nova: parcela de ${brl(installment)} substitui a do contrato de origem.`,
  });
}

/** Personal loan: installment ≤ share × (net income − expenses), never below zero (seed 002 §11.2.6, §12.1). */
export function capacityRule(rule: string, installment: Money, capacity: Money, sharePercent: string, version: string): DecisionReason {
  return reason({
    rule,
    passed: installment.lte(capacity),
    measured: installment.toString(),
    limit: capacity.toString(),
    parameterVersion: version,
    failure: {
      code: 'CREDIT.CAPACITY_EXCEEDED',
      message: `Parcela de ${brl(installment)} excede a capacidade de pagamento de ${brl(capacity)} (${sharePercent} da renda líquida menos despesas).`,
    },
    success: `Parcela de ${brl(installment)} dentro da capacidade de pagamento de ${brl(capacity)} (${sharePercent} da renda líquida menos despesas).`,
  });
}
