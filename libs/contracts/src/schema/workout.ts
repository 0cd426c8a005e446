import { Type, type Static } from '@sinclair/typebox';
import { OriginationChannel } from './domain';
import { IsoDate, Money, StringEnum, TermMonths, Text, UtcTimestamp, Uuid } from './primitives';

/**
 * The renegotiations a late contract is offered (seed 003 §4.9, libs/finance `workoutOption`):
 * late charges forgiven within the policy's limit over the installments left, a grace before the
 * first installment, or a longer term.
 */
export const WORKOUT_OPTIONS = ['LATE_CHARGES_DISCOUNT', 'GRACE', 'LONGER_TERM'] as const;
export const WorkoutOption = StringEnum(WORKOUT_OPTIONS, 'WorkoutOption');

/** A share from 0 to 1 with up to 6 decimals ("0.5" forgives half). */
export const ShareFraction = Type.String({
  title: 'ShareFraction',
  description: 'a share from 0 to 1 as a decimal string, up to 6 decimals, e.g. "0.5"',
  pattern: '^(0(\\.[0-9]{1,6})?|1(\\.0{1,6})?)$',
});

/**
 * A workout the customer or staff accepted (R-LN-8, FINANCE.md `workoutOffer`): what was asked
 * (option, capacity, discount, grace, term cap) and what it gave, so a consumer recomputes it with
 * libs/finance on its own position and applies it only if the numbers agree (docs/life-cycle.md).
 * The debt itself is the settling payment's `unallocated` (the new contract's principal).
 */
export const WorkoutTerms = Type.Object(
  {
    renegotiationId: Uuid,
    option: WorkoutOption,
    /** The monthly payment capacity the customer declared. */
    capacity: Money,
    lateChargesDiscount: ShareFraction,
    graceDays: Type.Integer({ minimum: 0, maximum: 365 }),
    maxTermMonths: TermMonths,
    /** Overdue installments + fines + mora + payoff of the rest on the date, before the discount. */
    consolidatedDebt: Money,
    /** Fines and mora forgiven. */
    discount: Money,
    termMonths: TermMonths,
    installmentAmount: Money,
    firstDueDate: IsoDate,
    /** The workout parameter version the limits came from (D-1). */
    parameterVersion: Text(64),
    /** DIGITAL: the customer accepted in the app; INTERNAL: staff accepted for them. */
    channel: OriginationChannel,
    acceptedAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'WorkoutTerms' },
);
export type WorkoutTerms = Static<typeof WorkoutTerms>;

/** On a RENEGOTIATION contract's activation: the contract it replaced and the workout accepted. */
export const RenegotiationOrigin = Type.Object(
  {
    renegotiatedContractId: Uuid,
    /** The settling payment (source RENEGOTIATION) that closed the replaced contract. */
    paymentId: Uuid,
    effectiveDate: IsoDate,
    terms: WorkoutTerms,
  },
  { additionalProperties: false, title: 'RenegotiationOrigin' },
);
export type RenegotiationOrigin = Static<typeof RenegotiationOrigin>;
