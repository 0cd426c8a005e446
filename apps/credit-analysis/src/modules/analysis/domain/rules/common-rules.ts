import type { LinkType } from '@consignado/contracts';
import { checkAge, checkGrace, checkPayrollFirstDue, checkTerm, graceDays, type LoanDates, type LoanTerm, type Money } from '@consignado/finance';
import { ageAtEnd, brl } from './format';
import { type DecisionReason, reason } from './reason';

/** Product term range (seed 002 §11.1.3, §11.2.3; D-1 for INSS). */
export function termRule(rule: string, term: LoanTerm, min: number, max: number, version: string): DecisionReason {
  const n = term.months;
  return reason({
    rule,
    passed: checkTerm(term, min, max) === undefined,
    measured: `${n} meses`,
    limit: `${min} a ${max} meses`,
    parameterVersion: version,
    failure: { code: 'CREDIT.TERM_OUT_OF_RANGE', message: `Prazo de ${n} meses fora do permitido para o produto: de ${min} a ${max} meses.` },
    success: `Prazo de ${n} meses dentro do permitido (${min} a ${max} meses).`,
  });
}

/** D-9: completed years at the contract date + term/12 must stay below the product's maximum. */
export function ageRule(rule: string, age: number, term: LoanTerm, maxAgeAtEnd: number, version: string): DecisionReason {
  return reason({
    rule,
    passed: checkAge(age, term, maxAgeAtEnd) === undefined,
    measured: ageAtEnd(age, term.months),
    limit: `abaixo de ${maxAgeAtEnd} anos`,
    parameterVersion: version,
    failure: { code: 'CREDIT.AGE_LIMIT_EXCEEDED', message: `A idade ao final do contrato (${ageAtEnd(age, term.months)}) deve ficar abaixo de ${maxAgeAtEnd} anos.` },
    success: `Idade ao final do contrato abaixo de ${maxAgeAtEnd} anos.`,
  });
}

/** Grace of the servant and personal products: days the first due date goes beyond one month after the contract (finance graceDays). */
export function graceRule(rule: string, dates: LoanDates, maxDays: number, version: string): DecisionReason {
  const days = graceDays(dates);
  return reason({
    rule,
    passed: checkGrace(dates, maxDays) === undefined,
    measured: `${days} dias`,
    limit: `até ${maxDays} dias`,
    parameterVersion: version,
    failure: { code: 'CREDIT.GRACE_TOO_LONG', message: `Carência de ${days} dias acima do máximo de ${maxDays} dias do produto.` },
    success: `Carência de ${days} dias dentro do máximo de ${maxDays} dias.`,
  });
}

/**
 * INSS has no grace (D-1, IN 138/2022 art. 12), and its first due date follows the payroll
 * calendar (D-10): up to `maxDays` (finance's INSS term limits: 60) calendar days after the
 * contract date it is the first or second benefit payment, not grace; later is refused.
 */
export function payrollFirstDueRule(rule: string, dates: LoanDates, maxDays: number, version: string): DecisionReason {
  const days = dates.firstPeriodDays;
  return reason({
    rule,
    passed: checkPayrollFirstDue(dates, maxDays) === undefined,
    measured: `${days} dias até o primeiro vencimento`,
    limit: `até ${maxDays} dias`,
    parameterVersion: version,
    failure: {
      code: 'CREDIT.GRACE_NOT_ALLOWED',
      message: `O consignado INSS não admite carência: o primeiro vencimento, ${days} dias após o contrato, deve ocorrer em até ${maxDays} dias (calendário de pagamento do benefício).`,
    },
    success: `Primeiro vencimento ${days} dias após o contrato, no calendário de pagamento do benefício (até ${maxDays} dias): sem carência.`,
  });
}

/** Link types the product serves (seed 002 §11.1.5; D-1 splits INSS and servants). */
export function linkTypeRule(rule: string, linkType: LinkType, allowed: readonly LinkType[], version: string): DecisionReason {
  return reason({
    rule,
    passed: allowed.includes(linkType),
    measured: linkType,
    limit: allowed.join(', '),
    parameterVersion: version,
    failure: { code: 'CREDIT.LINK_TYPE_NOT_ALLOWED', message: `O tipo de vínculo ${linkType} não é atendido por este produto.` },
    success: `Tipo de vínculo ${linkType} atendido pelo produto.`,
  });
}

/** Requested amount within [min, max] (seed 002 §11.2.2 and valorMinimoConsignado). */
export function amountRule(rule: string, amount: Money, min: Money, max: Money | undefined, version: string): DecisionReason {
  const range = max ? `de ${brl(min)} a ${brl(max)}` : `a partir de ${brl(min)}`;
  return reason({
    rule,
    passed: amount.gte(min) && (max === undefined || amount.lte(max)),
    measured: amount.toString(),
    limit: max ? `${min.toString()} a ${max.toString()}` : `>= ${min.toString()}`,
    parameterVersion: version,
    failure: { code: 'CREDIT.AMOUNT_OUT_OF_RANGE', message: `Valor de ${brl(amount)} fora do permitido: ${range}.` },
    success: `Valor de ${brl(amount)} dentro do permitido (${range}).`,
  });
}
