import { Type, type Static } from '@sinclair/typebox';
import { InstallmentNumber, IsoDate, Money, StringEnum, Uuid } from '../schema/primitives';

export const INSTALLMENT_DUE_KINDS = ['UPCOMING', 'OVERDUE'] as const;

/**
 * InstallmentDue v1 — an installment is coming due, or is overdue (R-EV-2, R-PA-1); emitted by a
 * daily job on an injectable clock.
 *
 * Producer: payment. Consumer: notification (reminder or collection message, R-NT-1).
 * For OVERDUE, `daysLate`, `fine` and `mora` are present and `totalDue` includes them
 * (fine 2%, mora 0.033% a day, D-3, D-4); for UPCOMING `totalDue` equals `amount`.
 */
export const InstallmentDuePayload = Type.Object(
  {
    contractId: Uuid,
    customerId: Uuid,
    installmentNumber: InstallmentNumber,
    dueDate: IsoDate,
    amount: Money,
    kind: StringEnum(INSTALLMENT_DUE_KINDS, 'InstallmentDueKind'),
    daysLate: Type.Optional(Type.Integer({ minimum: 1 })),
    fine: Type.Optional(Money),
    mora: Type.Optional(Money),
    totalDue: Money,
    /** The business date the job ran for (the injectable clock's today). */
    referenceDate: IsoDate,
  },
  { additionalProperties: false, title: 'InstallmentDuePayload' },
);
export type InstallmentDuePayload = Static<typeof InstallmentDuePayload>;
