import type { DecisionReason, LoanTerms, ProposalOperationType, PayloadOf, PortabilityOrigin, Product, RefinancingTerms } from '@consignado/contracts';
import type { IsoDate, Money, MonthlyRate } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import type { Commission } from './commission';
import type { DocumentKind } from './documents';
import type { Formalization } from './formalization';
import type { PortabilityProgress } from './portability-progress';
import type { ProposalState } from './proposal-state';

export type ProposalCancellationReason = PayloadOf<'ProposalCancelled'>['reason'];

/**
 * What the channel asked for (R-PR-4). `requestedAmount`: NEW, the amount asked (> 0);
 * REFINANCING, the new money on top of the old contract's payoff ("troco", ≥ 0); PORTABILITY,
 * absent — the amount is the balance the origin states.
 */
export interface ProposalRequest {
  readonly product: Product;
  readonly operationType: ProposalOperationType;
  readonly requestedAmount?: Money;
  readonly termMonths: number;
  /** INSS only: the quoted rate, else the configured product rate (undefined: the cap in force). */
  readonly monthlyRate?: MonthlyRate;
  readonly withInsurance: boolean;
  readonly contractDate: IsoDate;
  readonly firstDueDate: IsoDate;
  readonly benefitPaidByOwnBank?: boolean;
  readonly refinancedContractId?: string;
  readonly portability?: PortabilityOrigin;
}

/** The priced terms credit analysis approved (kept as the events carry them: decimal strings). */
export type ApprovedTerms = Readonly<LoanTerms>;

/** Credit analysis's verdict with every rule it evaluated (R-CA-4). */
export interface Decision {
  readonly outcome: 'APPROVED' | 'REJECTED';
  readonly reasons: readonly DecisionReason[];
  readonly parameterVersion: string;
  readonly decidedAt: string;
}

export interface Cancellation {
  readonly reason: ProposalCancellationReason;
  readonly requestedAt: string;
  readonly requestedBy: string;
  readonly note?: string;
}

export interface AverbationFailure {
  readonly code: string;
  readonly message: string;
  readonly retryable: boolean;
  readonly attempts: number;
  readonly at: string;
}

/** Loan cancelled the contract (ContractCancelled): why and when. */
export interface ContractCancellation {
  readonly reason: PayloadOf<'ContractCancelled'>['reason'];
  readonly cancelledAt: string;
}

export interface ProposalProps {
  readonly id: string;
  readonly customerId: string;
  /** Who created it: channel and partner/operator (R-PR-1). */
  readonly origin: Principal;
  readonly request: ProposalRequest;
  /** The credit offer (RecommendationMade) it was made from, if any: one proposal per offer. */
  readonly offerId?: string;
  readonly state: ProposalState;
  /** The flow's correlationId: every event about the proposal carries it (R-PR-2 timeline). */
  readonly correlationId: string;
  readonly documentKinds: readonly DocumentKind[];
  readonly terms?: ApprovedTerms;
  readonly decision?: Decision;
  readonly contractId?: string;
  readonly activatedAt?: string;
  readonly commission?: Commission;
  readonly cancellation?: Cancellation;
  readonly averbationFailure?: AverbationFailure;
  /** REFINANCING, once approved: the replaced contract, its payoff on the date and the troco (R-LN-6). */
  readonly refinancing?: RefinancingTerms;
  /** PORTABILITY: the portability at the exchange as its events tell it (R-LN-7, R-LN-11). */
  readonly portabilityProgress?: PortabilityProgress;
  readonly contractCancellation?: ContractCancellation;
  /** Once loan issued the contract (ContractIssued): the CCB to accept, until when, and the acceptance (R-LN-9). */
  readonly formalization?: Formalization;
  readonly createdAt: Date;
  readonly updatedAt: Date;
  readonly submittedAt?: Date;
}
