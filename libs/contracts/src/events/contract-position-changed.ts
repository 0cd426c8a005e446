import { Type, type Static } from '@sinclair/typebox';
import { OperationType, Product } from '../schema/domain';
import { ContractStatus, PlanRow, PlanStart } from '../schema/life-cycle';
import { BenefitNumber, IsoDate, Money, RateFraction, StringEnum, TermMonths, UtcTimestamp, Uuid } from '../schema/primitives';
import { ContractBlockReason } from './contract-blocked';

/** SETTLED: ended by a settlement of the whole contract (early, refinanced, ported out), not paid on its own. */
export const INSTALLMENT_STATES = ['PENDING', 'PAID', 'SETTLED', 'CANCELLED'] as const;

/** A plan row and whether it was paid. */
export const PositionRow = Type.Object(
  {
    ...PlanRow.properties,
    status: StringEnum(INSTALLMENT_STATES, 'InstallmentState'),
    paidOn: Type.Optional(IsoDate),
  },
  { additionalProperties: false, title: 'PositionRow' },
);

/**
 * ContractPositionChanged v1 — a contract's whole position after any change (booked, activated, a
 * payment applied, amended, settled, cancelled): event-carried state, so other services keep a
 * projection of the customer's contracts without reading loan's tables.
 *
 * Producer: loan, in the transaction of the change. Consumer: credit-analysis (refinancing
 * eligibility and pricing from the real contract, R-LN-6; the deductions a public servant already
 * has, R-CA-1). A consumer keeps the highest `revision` per contract and ignores older ones.
 */
export const ContractPositionChangedPayload = Type.Object(
  {
    contractId: Uuid,
    customerId: Uuid,
    /** Increases by one with every change of this contract. */
    revision: Type.Integer({ minimum: 1 }),
    status: ContractStatus,
    product: Product,
    operationType: OperationType,
    benefitNumber: Type.Optional(BenefitNumber),
    monthlyRate: RateFraction,
    financedAmount: Money,
    contractDate: IsoDate,
    firstDueDate: IsoDate,
    /** Current number of installments (an amortization reducing the term lowers it). */
    termMonths: TermMonths,
    /** Current installment (an amortization reducing the installment lowers it). */
    installmentAmount: Money,
    /** Set when the contract came from refinancing this one. */
    refinancedContractId: Type.Optional(Uuid),
    activatedAt: Type.Optional(UtcTimestamp),
    /** Where the current plan starts; rows after `afterInstallment` are its rows. */
    planStart: PlanStart,
    /** Every installment, earlier plans' paid rows included, in number order. */
    installments: Type.Array(PositionRow, { minItems: 1, maxItems: 480 }),
    /** Present while staff keep the contract blocked (ContractBlocked): no refinancing or portability of it. */
    block: Type.Optional(Type.Object({ reason: ContractBlockReason, since: UtcTimestamp }, { additionalProperties: false, title: 'ContractBlock' })),
    changedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'ContractPositionChangedPayload' },
);
export type ContractPositionChangedPayload = Static<typeof ContractPositionChangedPayload>;
