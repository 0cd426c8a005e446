import type { PayloadOf } from '@consignado/contracts';
import type { Averbation } from './averbation';
import type { ContractStatus } from './contract-status';
import type { ContractTerms } from './contract-terms';
import type { Channel, ContractCancellationReason, OperationType, Product } from './contract-vocabulary';
import type { Installment } from './installment';

/** The Contract aggregate's state (seed 003 §7.3): who, which product, terms, schedule, averbação, life cycle. */
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
  terms: ContractTerms;
  status: ContractStatus;
  installments: Installment[];
  averbation: Averbation;
  bookedAt: Date;
  activatedAt?: Date;
  cancelledAt?: Date;
  cancellationReason?: ContractCancellationReason;
  settledAt?: Date;
}

export type CreditApproval = PayloadOf<'CreditApproved'>;
