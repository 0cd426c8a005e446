import { Type, type Static } from '@sinclair/typebox';
import { RetentionOffer } from '../schema/life-cycle';
import { Code, IsoDate, Money, PortabilityNumber, RateFraction, StringEnum, TermMonths, Text, UtcTimestamp, Uuid } from '../schema/primitives';

export const PORTABILITY_OUT_OUTCOMES = ['BALANCE', 'REFUSED'] as const;

/**
 * PortabilityOutAnswered v1 — loan's answer to a portability out (R-LN-7, R-LN-11): the payoff on
 * the balance date (FINANCE.md payoff; with a retention offer when the bank makes one), or a
 * refusal with the exchange's reason code (contract unknown, settled, not active, overdue).
 *
 * Producer: loan. Consumer: averbation-connector, which posts it to the exchange.
 */
export const PortabilityOutAnsweredPayload = Type.Object(
  {
    contractId: Uuid,
    portabilityNumber: PortabilityNumber,
    outcome: StringEnum(PORTABILITY_OUT_OUTCOMES, 'PortabilityOutOutcome'),
    /** BALANCE: the payoff on balanceDate. */
    balance: Type.Optional(Money),
    balanceDate: Type.Optional(IsoDate),
    remainingInstallments: Type.Optional(TermMonths),
    installmentAmount: Type.Optional(Money),
    monthlyRate: Type.Optional(RateFraction),
    retentionOffer: Type.Optional(RetentionOffer),
    /** REFUSED: the exchange's rejection reason (e.g. CONTRATO_LIQUIDADO) and a pt-BR message. */
    refusalCode: Type.Optional(Code),
    refusalMessage: Type.Optional(Text()),
    answeredAt: UtcTimestamp,
  },
  { additionalProperties: false, title: 'PortabilityOutAnsweredPayload' },
);
export type PortabilityOutAnsweredPayload = Static<typeof PortabilityOutAnsweredPayload>;
