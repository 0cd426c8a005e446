import { Type, type Static } from '@sinclair/typebox';
import { InstallmentNumber, IsoDate, Ispb, Money, PortabilityNumber, RateFraction, StringEnum, TermMonths, Text, Uuid } from './primitives';
import { WorkoutTerms } from './workout';

/** Life cycle of a contract in loan (R-LN-1): PENDING_PORTABILITY waits for the origin's settlement (R-LN-7). */
export const CONTRACT_STATUSES = ['PENDING_PORTABILITY', 'PENDING_AVERBATION', 'ACTIVE', 'AVERBATION_FAILED', 'CANCELLED', 'SETTLED'] as const;
export const ContractStatus = StringEnum(CONTRACT_STATUSES, 'ContractStatus');

/** Extraordinary amortization (R-LN-5, seed 003 §4.7): fewer installments, or smaller ones. */
export const AMORTIZATION_MODES = ['REDUCE_TERM', 'REDUCE_INSTALLMENT'] as const;
export const AmortizationMode = StringEnum(AMORTIZATION_MODES, 'AmortizationMode');

/**
 * One row of a contract's plan with its Price decomposition (FINANCE.md): what a consumer needs
 * to value the contract with libs/finance (payoff, amortization, refinancing) on its own.
 */
export const PlanRow = Type.Object(
  {
    number: InstallmentNumber,
    dueDate: IsoDate,
    amount: Money,
    interest: Money,
    /** May be negative on a first row that accrues more than it pays (grace, D-10): a signed amount. */
    amortization: Type.String({ pattern: '^-?(0|[1-9][0-9]*)\\.[0-9]{2}$', title: 'SignedMoney' }),
    /** Balance after the row. */
    balance: Money,
  },
  { additionalProperties: false, title: 'PlanRow' },
);
export type PlanRow = Static<typeof PlanRow>;

/** Where the current plan starts: the contract date and financed amount, or an amortization's date and balance. */
export const PlanStart = Type.Object(
  {
    date: IsoDate,
    balance: Money,
    /** Installments 1..afterInstallment belong to an earlier plan (0 for the booked schedule). */
    afterInstallment: Type.Integer({ minimum: 0, maximum: 480 }),
  },
  { additionalProperties: false, title: 'PlanStart' },
);
export type PlanStart = Static<typeof PlanStart>;

/** A refinancing (R-LN-6): the contract it settles, its payoff on the date and the new money. */
export const RefinancingTerms = Type.Object(
  {
    /** The contract being replaced. */
    contractId: Uuid,
    payoffDate: IsoDate,
    /** Payoff of the replaced contract on payoffDate (FINANCE.md `refinance` oldPayoff). */
    payoff: Money,
    /** New money released to the customer ("troco"), "0.00" when none. */
    troco: Money,
  },
  { additionalProperties: false, title: 'RefinancingTerms' },
);
export type RefinancingTerms = Static<typeof RefinancingTerms>;

/** A portability in (R-LN-7, R-LN-11): the origin's contract and the balance it stated at the exchange. */
export const PortabilityTerms = Type.Object(
  {
    originInstitutionIspb: Ispb,
    originContractNumber: Text(64),
    portabilityNumber: PortabilityNumber,
    /** Outstanding balance the origin stated, on balanceDate: what the destination transfers. */
    balance: Money,
    balanceDate: IsoDate,
    remainingInstallments: TermMonths,
    originInstallment: Money,
    originMonthlyRate: Type.Optional(RateFraction),
  },
  { additionalProperties: false, title: 'PortabilityTerms' },
);
export type PortabilityTerms = Static<typeof PortabilityTerms>;

/** Why money settles a whole contract; the reason ContractSettled will carry. */
export const SETTLEMENT_KINDS = ['EARLY_SETTLEMENT', 'REFINANCED', 'PORTED_OUT', 'INSURANCE_CLAIM', 'RENEGOTIATED'] as const;

/** What an EARLY_SETTLEMENT payment settles, and on whose behalf. */
export const SettlementInstruction = Type.Object(
  {
    reason: StringEnum(SETTLEMENT_KINDS, 'SettlementKind'),
    /** REFINANCED: the contract whose proceeds paid this one; RENEGOTIATED: the contract the debt moved to. */
    replacedByContractId: Type.Optional(Uuid),
    /** RENEGOTIATED: the workout accepted (the debt, less its discount, is `unallocated`). */
    renegotiation: Type.Optional(WorkoutTerms),
    /** PORTED_OUT: the exchange's portability number. */
    portabilityNumber: Type.Optional(PortabilityNumber),
    /** INSURANCE_CLAIM: our claim id. */
    claimId: Type.Optional(Uuid),
  },
  { additionalProperties: false, title: 'SettlementInstruction' },
);
export type SettlementInstruction = Static<typeof SettlementInstruction>;

/** A retention counter-offer an origin may make to keep the customer (R-LN-11). */
export const RetentionOffer = Type.Object(
  {
    monthlyRate: RateFraction,
    installmentAmount: Money,
    termMonths: TermMonths,
  },
  { additionalProperties: false, title: 'RetentionOffer' },
);
export type RetentionOffer = Static<typeof RetentionOffer>;
