import type { Proposal } from '../../domain/proposal';
import type { PortabilityOrigin, RefinancingTerms } from '@consignado/contracts';
import type { PortabilityProgress } from '../../domain/portability-progress';
import type { ApprovedTerms, AverbationFailure, Cancellation, ContractCancellation, Decision } from '../../domain/proposal-props';
import type { Commission } from '../../domain/commission';
import type { StoredDocument } from '../../domain/documents';
import { type FormalizationView, formalizationView } from './formalization.view';
import { regretDeadline } from '../../domain/regret-window';

/** A proposal as every channel reads it (R-PR-2, R-PR-5). */
export interface ProposalView {
  id: string;
  customerId: string;
  channel: string;
  partnerId?: string;
  operatorId?: string;
  product: string;
  operationType: string;
  state: string;
  /** The credit offer (recommendation) the proposal was made from, when it was. */
  offerId?: string;
  /** NEW: the amount asked; REFINANCING: the troco asked (may be "0.00"); absent for PORTABILITY. */
  requestedAmount?: string;
  termMonths: number;
  monthlyRate?: string;
  withInsurance: boolean;
  contractDate: string;
  firstDueDate: string;
  benefitPaidByOwnBank?: boolean;
  refinancedContractId?: string;
  /** PORTABILITY: the origin asked for, then the portability as it unfolds at the exchange. */
  portability?: PortabilityOrigin & PortabilityProgress;
  /** REFINANCING, once approved: the replaced contract, its payoff on payoffDate and the troco. */
  refinancing?: RefinancingTerms;
  documents?: Array<{ id: string; kind: string; mimeType: string; sizeBytes: number; sha256: string; uploadedAt: string }>;
  /** The priced terms, once approved. */
  terms?: ApprovedTerms;
  /** Credit analysis's reasons: rule, measured value, limit, pt-BR message. */
  decision?: Decision;
  contractId?: string;
  activatedAt?: string;
  /** Last day of the 7-day right of regret, once contracted (R-PR-8). */
  regretDeadline?: string;
  commission?: Commission;
  cancellation?: Cancellation;
  averbationFailure?: AverbationFailure;
  /** Why loan cancelled the contract (e.g. PORTABILITY_FAILED, REFINANCING_REFUSED, RIGHT_OF_REGRET). */
  contractCancellation?: ContractCancellation;
  /** Once loan issued the contract (R-LN-9): the CCB to read and accept by its hash, until acceptBy, and the acceptance. */
  formalization?: FormalizationView;
  correlationId: string;
  createdAt: string;
  updatedAt: string;
  submittedAt?: string;
}

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));

export function proposalView(proposal: Proposal, documents?: readonly StoredDocument[]): ProposalView {
  const p = proposal.props;
  const r = p.request;
  return {
    id: p.id,
    customerId: p.customerId,
    channel: p.origin.channel,
    ...optional('partnerId', p.origin.channel === 'CORBAN' ? p.origin.partnerId : undefined),
    ...optional('operatorId', p.origin.channel === 'INTERNAL' ? p.origin.operatorId : undefined),
    product: r.product,
    operationType: r.operationType,
    state: p.state,
    ...optional('offerId', p.offerId),
    ...optional('requestedAmount', r.requestedAmount?.toString()),
    termMonths: r.termMonths,
    ...optional('monthlyRate', r.monthlyRate?.toString()),
    withInsurance: r.withInsurance,
    contractDate: r.contractDate.toString(),
    firstDueDate: r.firstDueDate.toString(),
    ...optional('benefitPaidByOwnBank', r.benefitPaidByOwnBank),
    ...optional('refinancedContractId', r.refinancedContractId),
    ...optional('portability', r.portability && { ...r.portability, ...p.portabilityProgress }),
    ...optional('refinancing', p.refinancing),
    ...optional('documents', documents?.map((d) => ({ id: d.id, kind: d.kind, mimeType: d.mimeType, sizeBytes: d.sizeBytes, sha256: d.sha256, uploadedAt: d.uploadedAt.toISOString() }))),
    ...optional('terms', p.terms),
    ...optional('decision', p.decision),
    ...optional('contractId', p.contractId),
    ...optional('activatedAt', p.activatedAt),
    ...optional('regretDeadline', p.activatedAt ? regretDeadline(new Date(p.activatedAt)).toString() : undefined),
    ...optional('commission', p.commission),
    ...optional('cancellation', p.cancellation),
    ...optional('averbationFailure', p.averbationFailure),
    ...optional('contractCancellation', p.contractCancellation),
    ...optional('formalization', p.formalization && formalizationView(p.formalization)),
    correlationId: p.correlationId,
    createdAt: p.createdAt.toISOString(),
    updatedAt: p.updatedAt.toISOString(),
    ...optional('submittedAt', p.submittedAt?.toISOString()),
  };
}
