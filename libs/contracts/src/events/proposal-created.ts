import { Type, type Static } from '@sinclair/typebox';
import {
  Benefit,
  LinkType,
  ProposalOperationType,
  OriginationChannel,
  PortabilityOrigin,
  Product,
} from '../schema/domain';
import { Cpf, IsoDate, Money, RateFraction, TermMonths, Text, Uuid } from '../schema/primitives';

/**
 * ProposalCreated v1 — a proposal was submitted for analysis (R-EV-2).
 *
 * Producer: proposal. Consumers: credit-analysis, which decides on it (R-CA-1, R-CA-2).
 * Carries everything the decision needs so credit-analysis never reads proposal data elsewhere:
 * CPF (risk provider, Dataprev), birth date (age rule, D-9), income and expenses (capacity,
 * R-CA-2), the benefit (90-day rule, R-CA-1). Never the customer's name.
 */
export const ProposalCreatedPayload = Type.Object(
  {
    proposalId: Uuid,
    customerId: Uuid,
    cpf: Cpf,
    product: Product,
    operationType: ProposalOperationType,
    channel: OriginationChannel,
    /** Corban partner; present exactly when channel is CORBAN (R-PR-1). */
    partnerId: Type.Optional(Uuid),
    /** Branch or back-office operator (identity-provider subject); present when INTERNAL. */
    operatorId: Type.Optional(Text(128)),
    /** NEW: the amount asked. REFINANCING: the new money (troco), may be 0.00. PORTABILITY: 0.00 — the balance comes from the origin. */
    requestedAmount: Money,
    termMonths: TermMonths,
    /** Rate quoted by the simulation, when the channel showed one. */
    monthlyRate: Type.Optional(RateFraction),
    withInsurance: Type.Boolean(),
    contractDate: IsoDate,
    firstDueDate: IsoDate,
    birthDate: IsoDate,
    monthlyIncome: Money,
    /** Declared monthly expenses, for the personal-loan capacity rule (R-CA-2). */
    monthlyExpenses: Type.Optional(Money),
    linkType: LinkType,
    /** The INSS benefit; required in practice for INSS_CONSIGNADO. */
    benefit: Type.Optional(Benefit),
    /** Whether this bank pays the benefit: in its first 90 days only the paying bank lends (R-CA-1). */
    benefitPaidByOwnBank: Type.Optional(Type.Boolean()),
    /** Contract being refinanced; present exactly when operationType is REFINANCING (R-LN-6). */
    refinancedContractId: Type.Optional(Uuid),
    /** Contract being ported in; present exactly when operationType is PORTABILITY (R-LN-7). */
    portability: Type.Optional(PortabilityOrigin),
  },
  { additionalProperties: false, title: 'ProposalCreatedPayload' },
);
export type ProposalCreatedPayload = Static<typeof ProposalCreatedPayload>;
