import { IsoDate } from '@consignado/finance';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import type { ApplicantHistory } from './applicant-history';
import { debtFacts } from './debt-facts';
import type { DeclaredData } from './declared-data';
import type { RecommendFacts } from './financial-profile';
import { installmentsTotal } from './profile-input';

/**
 * RF2's facts in the seed's names (PROFILE.md RF2, P-9). A payroll link (retiree, pensioner,
 * servant, employee) is formal income; time in the job is the INSS benefit's age when the customer
 * does not declare it. Income and expenses are the profile's own.
 */
export function recommendFacts(input: Readonly<Record<string, unknown>>, contracts: readonly ProjectedContract[], history: ApplicantHistory, declared: DeclaredData, today: IsoDate): RecommendFacts {
  const debt = debtFacts(contracts, declared, today);
  const benefitStart = history.latest?.benefit?.startDate;
  const tenure = declared.employmentMonths ?? (benefitStart ? monthsBetween(IsoDate.of(benefitStart), today) : undefined);
  const facts: Record<string, unknown> = {
    renda_mensal_bruta: input['renda_mensal_bruta'],
    despesas_mensais: input['despesas_mensais'],
    limite_total_estimada: (declared.estimatedCardLimit ?? declared.cardLimitTotal)?.toString(),
    renda_formal: declared.formalIncome ?? (history.latest ? true : undefined),
    tempo_emprego_meses: tenure,
    parcela_total_mensal: installmentsTotal(contracts, declared).toString(),
    saldo_devedor_total: debt.balance.toString(),
    taxa_estimada_atual: debt.monthlyRate,
  };
  return Object.fromEntries(Object.entries(facts).filter(([, v]) => v !== undefined));
}

/** Whole months from `from` to `to` (a month counts once its day is reached). */
export function monthsBetween(from: IsoDate, to: IsoDate): number {
  return Math.max(0, (to.year - from.year) * 12 + (to.month - from.month) - (to.day < from.day ? 1 : 0));
}
