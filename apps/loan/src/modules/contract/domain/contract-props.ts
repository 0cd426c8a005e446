import type { PayloadOf, PortabilityTerms, RefinancingTerms, RenegotiationOrigin } from '@consignado/contracts';
import type { Averbation } from './averbation';
import type { BlockRecord } from './contract-block';
import type { ContractPlan } from './contract-plan';
import type { ContractSettlement } from './contract-settlement';
import type { ContractStatus } from './contract-status';
import type { ContractTerms } from './contract-terms';
import type { Formalization } from './formalization';
import type { Channel, ContractCancellationReason, OperationType, Product } from './contract-vocabulary';
import type { InsurancePolicy } from './insurance-policy';
import type { Installment } from './installment';

/** The Contract aggregate's state (seed 003 §7.3): who, which product, terms, plan, averbação, life cycle. */
export interface ContractProps {
  id: string;
  proposalId: string;
  customerId: string;
  product: Product;
  operationType: OperationType;
  channel: Channel;
  benefitNumber?: string;
  refinancedContractId?: string;
  parameterVersion: string;
  /** The terms as contracted (CCB); the plan in force may differ after an amortization. */
  terms: ContractTerms;
  plan: ContractPlan;
  status: ContractStatus;
  installments: Installment[];
  averbation: Averbation;
  /** REFINANCING: the contract it replaces, its payoff and the troco (R-LN-6). */
  refinancing?: RefinancingTerms;
  /** RENEGOTIATION: the late contract it replaced, the settling payment and the workout accepted (R-LN-8). */
  renegotiation?: RenegotiationOrigin;
  /** PORTABILITY in: the origin's contract and stated balance (R-LN-7). */
  portability?: PortabilityTerms;
  /**
   * INSS only: the CPF Dataprev needs for the averbação, requested once the customer accepts the
   * CCB (R-LN-9) and, for a portability in, once the transfer completes. Kept no longer than that
   * (erased when AverbationRequested is raised or the contract ends): contracts do not keep CPFs
   * (LGPD minimisation). Sealed at rest.
   */
  pendingAverbationCpf?: string;
  /** The contract booked to refinance this one, then the one whose proceeds settled it (R-LN-6). */
  replacedByContractId?: string;
  settlement?: ContractSettlement;
  /** +1 with every change published as ContractPositionChanged (0 before the first). */
  revision: number;
  bookedAt: Date;
  activatedAt?: Date;
  cancelledAt?: Date;
  cancellationReason?: ContractCancellationReason;
  /** pt-BR: why a refinancing was refused or a portability failed. */
  cancellationMessage?: string;
  settledAt?: Date;
  /** Blocks by staff, oldest first; the last one is in force until lifted (seed 003 §4.9). */
  blocks: readonly BlockRecord[];
  /** The CCB issued at booking (its hash and time) and the customer's acceptance (R-LN-9); none for a refused refinancing. */
  formalization?: Formalization;
  /** CORBAN: the partner that originated it (the flow's user): the one partner who may read its CCB to collect the acceptance. */
  partnerId?: string;
  /** The credit-life policy of an insured contract (R-LN-8); none without insurance. */
  policy?: InsurancePolicy;
}

export type CreditApproval = PayloadOf<'CreditApproved'>;
