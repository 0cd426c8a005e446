import { type DecisionReason, examplePayload, type PortabilityTerms, type ProposalCreatedPayload } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import type { MarginFacts } from '../domain/evaluation/evaluate-inss';
import type { PortabilityBalanceFacts } from '../domain/evaluation/operation-inputs';
import { portabilityFacts } from '../domain/portability-balance';
import type { Evaluation } from '../domain/evaluation/evaluation';
import { type ProposalFacts, proposalFacts } from '../domain/proposal-facts';

/** Test data only. The reference INSS case: R$ 10,000 over 96 months at 1.85% → 231.24 (2026-03-10 / 2026-04-10). */
export function inssPayload(overrides: Partial<ProposalCreatedPayload> = {}): ProposalCreatedPayload {
  return {
    ...examplePayload('ProposalCreated'),
    requestedAmount: '10000.00',
    termMonths: 96,
    monthlyRate: '0.0185',
    contractDate: '2026-03-10',
    firstDueDate: '2026-04-10',
    birthDate: '1960-01-15',
    ...overrides,
  };
}

/** A payload without some optional fields (absent, not undefined: payloads are closed schemas). */
export function without<K extends keyof ProposalCreatedPayload>(payload: ProposalCreatedPayload, ...keys: K[]): ProposalCreatedPayload {
  const copy = { ...payload };
  for (const key of keys) delete copy[key];
  return copy;
}

export function servantPayload(overrides: Partial<ProposalCreatedPayload> = {}): ProposalCreatedPayload {
  const base = without(inssPayload(), 'monthlyRate', 'benefit', 'benefitPaidByOwnBank', 'partnerId');
  return { ...base, channel: 'DIGITAL', product: 'SERVIDOR_CONSIGNADO', linkType: 'SERVIDOR', termMonths: 60, monthlyIncome: '6000.00', ...overrides };
}

export function personalPayload(overrides: Partial<ProposalCreatedPayload> = {}): ProposalCreatedPayload {
  const base = without(inssPayload(), 'monthlyRate', 'benefit', 'benefitPaidByOwnBank', 'partnerId');
  return {
    ...base,
    channel: 'DIGITAL',
    product: 'PERSONAL',
    linkType: 'EMPREGADO',
    cpf: '40000050067',
    requestedAmount: '3000.00',
    termMonths: 12,
    monthlyIncome: '5000.00',
    monthlyExpenses: '1500.00',
    ...overrides,
  };
}

export const inssFacts = (overrides: Partial<ProposalCreatedPayload> = {}): ProposalFacts => proposalFacts(inssPayload(overrides));

export function marginFacts(available = '500.00', overrides: Partial<MarginFacts> = {}): MarginFacts {
  return { benefit: { number: '1234567890', startDate: IsoDate.of('2020-01-15') }, available: Money.of(available), restrictions: [], ...overrides };
}

export function reasonOf(evaluation: Evaluation, rule: string): DecisionReason {
  const found = evaluation.reasons.find((r) => r.rule === rule);
  if (!found) throw new Error(`no reason ${rule} among ${evaluation.reasons.map((r) => r.rule).join(', ')}`);
  return found;
}

export const failedRules = (evaluation: Evaluation): string[] => evaluation.reasons.filter((r) => !r.passed).map((r) => r.rule);

/** The origin's balance of the reference portability: R$ 7,200.00, 30 installments of 330.00 left (libs/contracts example). */
export function portabilityBalanceFacts(overrides: Partial<PortabilityTerms> = {}): PortabilityBalanceFacts {
  return portabilityFacts({ terms: { ...examplePayload('PortabilityBalanceReceived').terms, ...overrides }, dueBalanceLimitDate: '2026-03-13', receivedAt: '2026-03-10T15:00:00.000Z' });
}

/** A portability in of the reference contract; the term is the desired one, no amount (the balance comes from the origin). */
export function inssPortability(overrides: Partial<ProposalCreatedPayload> = {}): ProposalCreatedPayload {
  return inssPayload({ operationType: 'PORTABILITY', requestedAmount: '0.00', termMonths: 30, portability: { ...examplePayload('PortabilityBalanceRequested').origin }, ...overrides });
}
