import type { ProposalCreatedPayload } from '@consignado/contracts';
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

export interface AnalysisProps {
  proposalId: string;
  customerId: string;
  state: AnalysisState;
  /** The ProposalCreated payload; absent when the cancellation arrived first. */
  application?: ProposalCreatedPayload;
  correlationId?: string;
  reasons: DecisionReason[];
  parameterVersion?: string;
  parameterVersions: string[];
  terms?: PricedTerms;
  margin?: MarginSnapshot;
  createdAt: Date;
  updatedAt: Date;
  decidedAt?: Date;
}
