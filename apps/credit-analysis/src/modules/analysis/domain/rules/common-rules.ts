import type { LinkType } from '@consignado/contracts';
import { checkAge, checkGrace, checkTerm, graceDays, type LoanDates, type LoanTerm, type Money } from '@consignado/finance';
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

/** Grace: days the first due date goes beyond one month after the contract (finance graceDays). */
export function graceRule(rule: string, dates: LoanDates, maxDays: number, version: string): DecisionReason {
  const days = graceDays(dates);
  const none = maxDays === 0;
  return reason({
    rule,
    passed: checkGrace(dates, maxDays) === undefined,
    measured: `${days} dias`,
    limit: `até ${maxDays} dias`,
    parameterVersion: version,
    failure: none
      ? { code: 'CREDIT.GRACE_NOT_ALLOWED', message: 'Este produto não admite carência: o primeiro vencimento deve ocorrer em até um mês do contrato.' }
      : { code: 'CREDIT.GRACE_TOO_LONG', message: `Carência de ${days} dias acima do máximo de ${maxDays} dias do produto.` },
    success: none ? 'Sem carência, como exige o produto.' : `Carência de ${days} dias dentro do máximo de ${maxDays} dias.`,
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
