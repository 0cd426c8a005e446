import type { PortabilityTerms, ProposalCreatedPayload, RefinancingTerms } from '@consignado/contracts';
import type { ApplicantProfile } from '../../personalization/domain/applicant-profile';
import type { AnalysisState } from './analysis-state';
import type { PricedTerms } from './evaluation/priced-terms';
import type { DecisionReason } from './rules/reason';

/** Dataprev's answer as kept for audit (no personal data besides the benefit number). */
export interface MarginSnapshot {
  readonly benefitNumber: string;
  readonly loan: { readonly limit: string; readonly used: string; readonly available: string };
  readonly restrictions: readonly string[];
  readonly checkedAt: string;
  readonly fromCache: boolean;
}

/** The origin's answer to a portability in (PortabilityBalanceReceived), as the decision uses it. */
export interface PortabilityBalance {
  readonly terms: PortabilityTerms;
  /** The last date the destination may transfer the balance. */
  readonly dueBalanceLimitDate: string;
  readonly receivedAt: string;
}

export interface AnalysisProps {
  proposalId: string;
  customerId: string;
  state: AnalysisState;
  /** The ProposalCreated payload; absent when the cancellation arrived first. */
  application?: ProposalCreatedPayload;
  correlationId?: string;
  /** The applicant's financial profile and risk when the proposal arrived (seed 004), kept beside the reasons. */
  applicantProfile?: ApplicantProfile;
  reasons: DecisionReason[];
  parameterVersion?: string;
  parameterVersions: string[];
  terms?: PricedTerms;
  margin?: MarginSnapshot;
  /** PORTABILITY: the origin's balance, once received. */
  portability?: PortabilityBalance;
  /** An approved REFINANCING: the old contract's payoff on the date and the troco. */
  refinancing?: RefinancingTerms;
  createdAt: Date;
  updatedAt: Date;
  decidedAt?: Date;
}
