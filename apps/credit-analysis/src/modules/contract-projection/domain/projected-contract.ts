import type { ContractPositionChangedPayload } from '@consignado/contracts';
import type { ContractPosition, IsoDate, Money, ProductCode } from '@consignado/finance';

export type ProjectedStatus = ContractPositionChangedPayload['status'];

/** Staff suspended the contract (R-LN-8): its reason (judicial order, suspected fraud, death) and since when. */
export type ContractBlock = NonNullable<ContractPositionChangedPayload['block']>;

/**
 * One contract as credit analysis knows it from loan's ContractPositionChanged (event-carried
 * state, docs/life-cycle.md principle 4): the highest revision seen, read into value objects. The
 * payload is kept as received; `position` is the plan in force as a libs/finance position.
 */
export interface ProjectedContract {
  readonly contractId: string;
  readonly customerId: string;
  readonly revision: number;
  readonly status: ProjectedStatus;
  readonly product: ProductCode;
  readonly operationType: ContractPositionChangedPayload['operationType'];
  readonly benefitNumber?: string;
  readonly contractDate: IsoDate;
  /** The plan's installment now (an amortization reducing the installment lowers it). */
  readonly installment: Money;
  readonly termMonths: number;
  readonly refinancedContractId?: string;
  /** Present while the contract is blocked: no refinancing of it until loan reports the unblock. */
  readonly block?: ContractBlock;
  readonly position: ContractPosition;
  readonly payload: ContractPositionChangedPayload;
}

/** Kept when it is newer than what is stored: a revision equal or older changes nothing. */
export const supersedes = (incoming: ProjectedContract, stored: ProjectedContract | undefined): boolean =>
  stored === undefined || incoming.revision > stored.revision;

/** Installments paid on their own (PAID rows), earlier plans' included. */
export const paidInstallments = (c: ProjectedContract): number => c.payload.installments.filter((r) => r.status === 'PAID').length;
