import { IsoDate, Money } from '@consignado/finance';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import type { ApplicantHistory } from './applicant-history';
import type { DeclaredData } from './declared-data';
import { defaultsIn, paymentRecords } from './payment-records';

export type Source = 'PLATFORM' | 'DECLARED' | 'PLATFORM+DECLARED';

/** Seed 004 RF1's input (PROFILE.md field names, money as decimal strings) and where each field came from. */
export interface ProfileInput {
  readonly input: Readonly<Record<string, unknown>>;
  readonly sources: Readonly<Record<string, Source>>;
}

const source = (platform: boolean, declared: boolean): Source | undefined =>
  platform && declared ? 'PLATFORM+DECLARED' : platform ? 'PLATFORM' : declared ? 'DECLARED' : undefined;

/**
 * Merges what the platform knows (contracts projected from loan, the latest application, analyses
 * as inquiries, the score) with what the request declares. A field neither knows stays absent, so
 * the rules report it in `campos_faltantes` rather than guessing.
 */
export function profileInput(customerId: string, contracts: readonly ProjectedContract[], history: ApplicantHistory, declared: DeclaredData, today: IsoDate): ProfileInput {
  const app = history.latest;
  const records = paymentRecords(contracts, today);
  const active = contracts.filter((c) => c.status === 'ACTIVE');
  const fields: [string, unknown, Source | undefined][] = [
    ['renda_mensal_bruta', declared.grossMonthlyIncome?.toString() ?? app?.monthlyIncome, source(!declared.grossMonthlyIncome && !!app, !!declared.grossMonthlyIncome)],
    ['despesas_mensais', declared.monthlyExpenses?.toString() ?? app?.monthlyExpenses, source(!declared.monthlyExpenses && app?.monthlyExpenses !== undefined, !!declared.monthlyExpenses)],
    ['limite_total_cartoes', declared.cardLimitTotal?.toString(), source(false, !!declared.cardLimitTotal)],
    ['saldo_devedor_cartoes', declared.cardBalance?.toString(), source(false, !!declared.cardBalance)],
    ['historico_pagamentos', [...records.map((r) => ({ dias_atraso: r.daysLate })), ...declared.externalPaymentRecords.map((d) => ({ dias_atraso: d }))], source(true, declared.externalPaymentRecords.length > 0)],
    ['consultas_ultimos_6m', history.inquiries6m + (declared.creditInquiries6m ?? 0), source(true, declared.creditInquiries6m !== undefined)],
    ['inadimplencias_registradas_5a', defaultsIn(records) + (declared.defaults5y ?? 0), source(true, declared.defaults5y !== undefined)],
    ['emprestimos_ativos', [...active.map((c) => ({ parcela_mensal: c.installment.toString() })), ...declared.externalLoans.map((l) => ({ parcela_mensal: l.installment.toString() }))], source(true, declared.externalLoans.length > 0)],
    ['score_externo', history.score, history.score === undefined ? undefined : 'PLATFORM'],
  ];
  const input: Record<string, unknown> = { id_cliente: customerId };
  const sources: Record<string, Source> = {};
  for (const [key, value, from] of fields) {
    if (value === undefined || from === undefined) continue;
    input[key] = value;
    sources[key] = from;
  }
  return { input, sources };
}

/** The installments the customer pays today, here and elsewhere (PROFILE.md P-9 `parcela_total_mensal`). */
export const installmentsTotal = (contracts: readonly ProjectedContract[], declared: DeclaredData): Money =>
  Money.sum([...contracts.filter((c) => c.status === 'ACTIVE').map((c) => c.installment), ...declared.externalLoans.map((l) => l.installment)]);
