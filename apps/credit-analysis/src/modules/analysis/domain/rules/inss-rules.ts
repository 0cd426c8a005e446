import type { ProposalOperationType } from '@consignado/contracts';
import type { Decimal, IsoDate, MonthlyRate } from '@consignado/finance';
import { percent } from './format';
import { type DecisionReason, reason } from './reason';

/** The rate (quoted, or the product's) must not exceed the CNPS cap in force on the contract date (D-1). */
export function rateCapRule(rule: string, rate: MonthlyRate, cap: Decimal, version: string): DecisionReason {
  return reason({
    rule,
    passed: rate.toDecimal().lte(cap),
    measured: rate.toString(),
    limit: cap.toString(),
    parameterVersion: version,
    failure: { code: 'CREDIT.RATE_ABOVE_CAP', message: `Taxa de ${percent(rate)} a.m. acima do teto de ${percent(cap)} a.m. vigente na data do contrato.` },
    success: `Taxa de ${percent(rate)} a.m. dentro do teto de ${percent(cap)} a.m. vigente na data do contrato.`,
  });
}

/** IN 138/2022 art. 12: no credit-life insurance in the INSS deduction (D-1). */
export function noInsuranceRule(rule: string, withInsurance: boolean, version: string): DecisionReason {
  return reason({
    rule,
    passed: !withInsurance,
    measured: withInsurance ? 'com seguro' : 'sem seguro',
    limit: 'sem seguro',
    parameterVersion: version,
    failure: { code: 'CREDIT.INSURANCE_NOT_ALLOWED', message: 'O consignado INSS não admite seguro prestamista no desconto do benefício.' },
    success: 'Sem seguro prestamista, como exige o consignado INSS.',
  });
}

/** The benefit must be known to ask Dataprev for its margin. */
export function benefitPresentRule(rule: string, present: boolean, version: string): DecisionReason {
  return reason({
    rule,
    passed: present,
    measured: present ? 'informado' : 'ausente',
    limit: 'benefício INSS informado',
    parameterVersion: version,
    failure: { code: 'CREDIT.BENEFIT_REQUIRED', message: 'O consignado INSS exige o número do benefício.' },
    success: 'Benefício INSS informado.',
  });
}

export interface NewBenefitInput {
  readonly benefitStart: IsoDate;
  readonly contractDate: IsoDate;
  readonly paidByOwnBank: boolean;
  readonly operationType: ProposalOperationType;
  /** Days 1..N of the benefit are restricted (90). */
  readonly restrictedDays: number;
}

/**
 * Seed 003 §2.4: the start date is day 1 of the benefit; on days 1..90 only the paying bank lends
 * and portability is refused; from day 91 anyone may lend. A contract before the start is day ≤ 0.
 */
export function newBenefitRule(rule: string, input: NewBenefitInput, version: string): DecisionReason {
  const day = input.benefitStart.daysUntil(input.contractDate) + 1;
  const restricted = day <= input.restrictedDays;
  const portability = input.operationType === 'PORTABILITY';
  const n = input.restrictedDays;
  return reason({
    rule,
    passed: !restricted || (input.paidByOwnBank && !portability),
    measured: `dia ${day} do benefício; banco pagador: ${input.paidByOwnBank ? 'sim' : 'não'}; ${input.operationType}`,
    limit: `a partir do dia ${n + 1}, ou banco pagador sem portabilidade`,
    parameterVersion: version,
    failure: portability
      ? { code: 'CREDIT.NEW_BENEFIT_PORTABILITY', message: `Portabilidade não é permitida nos primeiros ${n} dias do benefício.` }
      : { code: 'CREDIT.NEW_BENEFIT_NOT_PAYING_BANK', message: `Nos primeiros ${n} dias do benefício só o banco pagador pode conceder o consignado.` },
    success: restricted ? `Benefício nos primeiros ${n} dias, pago por este banco.` : `Benefício com mais de ${n} dias.`,
  });
}

/** Any Dataprev restriction (blocked benefit, judicial order…) stops new deductions. */
export function restrictionsRule(rule: string, restrictions: readonly string[], version: string): DecisionReason {
  const listed = restrictions.join(', ');
  return reason({
    rule,
    passed: restrictions.length === 0,
    measured: restrictions.length === 0 ? 'nenhuma' : listed.slice(0, 100),
    limit: 'nenhuma restrição',
    parameterVersion: version,
    failure: { code: 'CREDIT.BENEFIT_RESTRICTED', message: `Benefício com restrição na Dataprev: ${listed.slice(0, 300)}.` },
    success: 'Benefício sem restrições na Dataprev.',
  });
}
