import { Type, type Static } from '@sinclair/typebox';
import { ProposalOperationType, PortabilityOrigin, Product } from '../schema/domain';
import {
  BenefitNumber,
  Cpf,
  IsoDate,
  Money,
  RateFraction,
  TermMonths,
  Uuid,
} from '../schema/primitives';

/**
 * AverbationRequested v1 — a booked consignado contract must be registered with the payer (R-EV-2).
 *
 * Producer: loan, after CreditApproved. Consumers: averbation-connector (reserves the margin and
 * registers the deduction at Dataprev, asynchronously with retries, R-AV-2, R-AV-3) and proposal
 * (PENDING_AVERBATION; learns the contract id, R-PR-2). Dataprev needs CPF and benefit number.
 */
export const AverbationRequestedPayload = Type.Object(
  {
    contractId: Uuid,
    proposalId: Uuid,
    customerId: Uuid,
    cpf: Cpf,
    benefitNumber: BenefitNumber,
    product: Product,
    operationType: ProposalOperationType,
    financedAmount: Money,
    monthlyRate: RateFraction,
    installmentAmount: Money,
    termMonths: TermMonths,
    contractDate: IsoDate,
    firstDueDate: IsoDate,
    /** For REFINANCING the new deduction replaces this contract's one at Dataprev. */
    refinancedContractId: Type.Optional(Uuid),
    /** For PORTABILITY the deduction moves from this contract of the origin institution (tipoOperacao PORTABILIDADE). */
    portability: Type.Optional(PortabilityOrigin),
  },
  { additionalProperties: false, title: 'AverbationRequestedPayload' },
);
export type AverbationRequestedPayload = Static<typeof AverbationRequestedPayload>;
