import type { PayloadOf } from '@consignado/contracts';
import type { AnalysisProps } from './analysis.props';

type Raised = 'MarginCheckRequested' | 'PortabilityBalanceRequested' | 'CreditApproved' | 'CreditRejected';

/** An event the Analysis raised, with its payload as the catalogue defines it (libs/contracts). */
export type AnalysisEvent = { [K in Raised]: { readonly type: K; readonly payload: PayloadOf<K> } }[Raised];

/** INSS rules passed: Dataprev's margin for the benefit is needed (CPF and benefit, and whose they are: R-SEC-3). */
export function marginCheckRequested(s: Readonly<AnalysisProps>): AnalysisEvent {
  const benefit = s.application?.benefit;
  if (!s.application || !benefit) throw new Error(`analysis ${s.proposalId} waits for a margin without a benefit`);
  return { type: 'MarginCheckRequested', payload: { proposalId: s.application.proposalId, customerId: s.customerId, cpf: s.application.cpf, benefitNumber: benefit.number } };
}

/** A portability in passed its proposal rules: the origin's balance is needed, through the exchange (R-LN-11). */
export function portabilityBalanceRequested(s: Readonly<AnalysisProps>): AnalysisEvent {
  const a = s.application;
  if (!a?.portability) throw new Error(`analysis ${s.proposalId} waits for a balance without a portability origin`);
  const benefit = a.benefit ? { benefitNumber: a.benefit.number } : {};
  return { type: 'PortabilityBalanceRequested', payload: { proposalId: a.proposalId, customerId: a.customerId, cpf: a.cpf, product: a.product, ...benefit, origin: { ...a.portability } } };
}

/**
 * The decision: CreditApproved with the priced terms, every reason and, for a refinancing or a
 * portability, their terms; or CreditRejected with the failed reasons only (notification lists
 * them to the customer). The audit API keeps all of them either way (R-CA-4).
 */
export function creditDecided(s: Readonly<AnalysisProps>): AnalysisEvent {
  const a = s.application;
  if (!a || !s.parameterVersion) throw new Error(`analysis ${s.proposalId} has no decision to publish`);
  const common = { proposalId: a.proposalId, customerId: a.customerId, product: a.product, operationType: a.operationType, channel: a.channel };
  if (s.state === 'REJECTED') return { type: 'CreditRejected', payload: { ...common, reasons: s.reasons.filter((r) => !r.passed), parameterVersion: s.parameterVersion } };
  if (s.state !== 'APPROVED' || !s.terms) throw new Error(`analysis ${s.proposalId} is ${s.state}, not decided`);
  return {
    type: 'CreditApproved',
    payload: {
      ...common,
      cpf: a.cpf,
      ...(a.benefit ? { benefitNumber: a.benefit.number } : {}),
      ...s.terms,
      ...(a.refinancedContractId ? { refinancedContractId: a.refinancedContractId } : {}),
      ...(s.refinancing ? { refinancing: { ...s.refinancing } } : {}),
      ...(s.portability ? { portability: { ...s.portability.terms } } : {}),
      reasons: [...s.reasons],
      parameterVersion: s.parameterVersion,
    },
  };
}
