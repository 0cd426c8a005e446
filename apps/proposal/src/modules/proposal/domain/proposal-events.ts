import type { PayloadOf } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import type { Customer } from '../../customer/domain/customer';
import type { ProposalProps } from './proposal-props';

type Raised = 'ProposalCreated' | 'ProposalCancelled' | 'ProposalAccepted';

/** Who caused an event: a caller of the channel API, or the service itself (a job: channel SYSTEM, no user). */
export type Actor = Principal | { readonly channel: 'SYSTEM' };
export const SYSTEM: Actor = { channel: 'SYSTEM' };

/** An event the Proposal raised, with who caused it (the events' userId and channel, R-EV-1). */
export type ProposalEvent = { [K in Raised]: { readonly type: K; readonly payload: PayloadOf<K>; readonly by: Actor } }[Raised];

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

/**
 * ProposalCreated (libs/contracts): the request plus the customer data credit analysis decides
 * on — CPF, birth date, income, expenses, link and benefit; never the name.
 */
export function proposalCreated(p: ProposalProps, customer: Customer): ProposalEvent {
  const { request: r, origin } = p;
  const c = customer.props;
  const payload: PayloadOf<'ProposalCreated'> = {
    proposalId: p.id,
    customerId: c.id,
    cpf: c.cpf.toString(),
    product: r.product,
    operationType: r.operationType,
    channel: origin.channel,
    ...optional('partnerId', origin.channel === 'CORBAN' ? origin.partnerId : undefined),
    ...optional('operatorId', origin.channel === 'INTERNAL' ? origin.operatorId : undefined),
    // PORTABILITY asks for no amount: the balance comes from the origin (libs/contracts: "0.00").
    requestedAmount: (r.requestedAmount ?? Money.ZERO).toString(),
    termMonths: r.termMonths,
    ...optional('monthlyRate', r.monthlyRate?.toString()),
    withInsurance: r.withInsurance,
    contractDate: r.contractDate.toString(),
    firstDueDate: r.firstDueDate.toString(),
    birthDate: c.birthDate.toString(),
    monthlyIncome: c.monthlyIncome.toString(),
    ...optional('monthlyExpenses', c.monthlyExpenses?.toString()),
    linkType: c.linkType,
    ...optional('benefit', c.benefit && { number: c.benefit.number.toString(), kind: c.benefit.kind, value: c.benefit.value.toString(), startDate: c.benefit.startDate.toString() }),
    ...optional('benefitPaidByOwnBank', r.benefitPaidByOwnBank),
    ...optional('refinancedContractId', r.refinancedContractId || undefined),
    ...optional('portability', r.portability),
  };
  return { type: 'ProposalCreated', payload, by: origin };
}

/** ProposalCancelled: the free-text reason travels only when an operator wrote it (never customer text). */
export function proposalCancelled(p: ProposalProps, by: Actor, cancellation: { reason: PayloadOf<'ProposalCancelled'>['reason']; contractId?: string; note?: string }, now: Date): ProposalEvent {
  const { reason, contractId, note } = cancellation;
  const payload = { proposalId: p.id, customerId: p.customerId, reason, ...optional('contractId', contractId), requestedAt: now.toISOString(), ...optional('note', by.channel === 'INTERNAL' ? note || undefined : undefined) };
  return { type: 'ProposalCancelled', payload, by };
}

/** ProposalAccepted (R-LN-9): the issued contract, the document accepted, and the acceptance itself. */
export function proposalAccepted(p: ProposalProps, by: Principal): ProposalEvent {
  const f = p.formalization;
  if (!f?.acceptance) throw new Error(`proposal ${p.id} has no acceptance to announce`);
  const { contractId, documentHash, acceptance: a } = f;
  return { type: 'ProposalAccepted', payload: { proposalId: p.id, contractId, customerId: p.customerId, documentHash, acceptedAt: a.acceptedAt, channel: a.channel, acceptedBy: a.acceptedBy }, by };
}
