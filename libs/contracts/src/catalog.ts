import type { TObject } from '@sinclair/typebox';
import { AverbationCompletedPayload } from './events/averbation-completed';
import { AverbationFailedPayload } from './events/averbation-failed';
import { AverbationRequestedPayload } from './events/averbation-requested';
import { ContractActivatedPayload } from './events/contract-activated';
import { ContractAmendedPayload } from './events/contract-amended';
import { ContractPositionChangedPayload } from './events/contract-position-changed';
import { ContractBlockedPayload } from './events/contract-blocked';
import { ContractUnblockedPayload } from './events/contract-unblocked';
import { RecommendationMadePayload } from './events/recommendation-made';
import { PortabilityBalanceRequestedPayload } from './events/portability-balance-requested';
import { PortabilityBalanceReceivedPayload } from './events/portability-balance-received';
import { PortabilityRequestFailedPayload } from './events/portability-request-failed';
import { PortabilityTransferRequestedPayload } from './events/portability-transfer-requested';
import { PortabilityTransferCompletedPayload } from './events/portability-transfer-completed';
import { PortabilityTransferFailedPayload } from './events/portability-transfer-failed';
import { PortabilityOutRequestedPayload } from './events/portability-out-requested';
import { PortabilityOutAnsweredPayload } from './events/portability-out-answered';
import { PortabilityOutFundsReceivedPayload } from './events/portability-out-funds-received';
import { InsuranceClaimRequestedPayload } from './events/insurance-claim-requested';
import { CustomerPayoutAccountChangedPayload } from './events/customer-payout-account-changed';
import { FundsReleaseRequestedPayload } from './events/funds-release-requested';
import { FundsReleasedPayload } from './events/funds-released';
import { FundsReleaseFailedPayload } from './events/funds-release-failed';
import { InsuranceClaimPaidPayload } from './events/insurance-claim-paid';
import { InsuranceClaimDeniedPayload } from './events/insurance-claim-denied';
import { ContractCancelledPayload } from './events/contract-cancelled';
import { ContractIssuedPayload } from './events/contract-issued';
import { ProposalAcceptedPayload } from './events/proposal-accepted';
import { ContractSettledPayload } from './events/contract-settled';
import { CustomerContactChangedPayload } from './events/customer-contact-changed';
import { DataSubjectErasureDecidedPayload } from './events/data-subject-erasure-decided';
import { DataSubjectErasureRequestedPayload } from './events/data-subject-erasure-requested';
import { CreditApprovedPayload } from './events/credit-approved';
import { CreditRejectedPayload } from './events/credit-rejected';
import { InstallmentDuePayload } from './events/installment-due';
import { MarginCheckFailedPayload } from './events/margin-check-failed';
import { MarginCheckRequestedPayload } from './events/margin-check-requested';
import { MarginCheckedPayload } from './events/margin-checked';
import { PaymentReceivedPayload } from './events/payment-received';
import { ProposalCancelledPayload } from './events/proposal-cancelled';
import { ProposalCreatedPayload } from './events/proposal-created';
import { eventTopicName } from './naming';
import type { ServiceName } from './services';

/**
 * The aggregate that changed, in the producer's service. Customer events are keyed by the customer
 * id, origination events by the proposal id and everything after booking by the contract id
 * (R-EV-4), whichever service emits them: one proposal's or contract's events share a partition
 * number on every topic.
 */
export type AggregateType = 'Customer' | 'Proposal' | 'CreditAnalysis' | 'MarginCheck' | 'Contract' | 'Averbation' | 'Billing' | 'Portability' | 'InsuranceClaim' | 'Disbursement' | 'Recommendation';

/** The payload field whose value must equal the envelope's aggregateId (the Kafka key). */
export type KeyField = 'customerId' | 'proposalId' | 'contractId';

/** One catalogue entry: everything a producer, a consumer or the docs need about an event type. */
export interface EventDefinition<P extends TObject = TObject> {
  readonly eventType: string;
  /** Schema version of the payload; the only version accepted on `topic`. */
  readonly version: number;
  readonly aggregateType: AggregateType;
  readonly keyField: KeyField;
  readonly payload: P;
  readonly topic: string;
  readonly producer: ServiceName;
  /** Services (= consumer groups) that subscribe to `topic`. */
  readonly consumers: readonly ServiceName[];
  readonly description: string;
}

function defineEvent<const E extends string, const S extends Omit<EventDefinition, 'eventType' | 'topic'>>(
  eventType: E,
  spec: S,
): S & { readonly eventType: E; readonly topic: string } {
  return { ...spec, eventType, topic: eventTopicName(eventType, spec.version) };
}

/**
 * The event catalogue (R-EV-2, R-EV-3): the single source for names, versions, schemas, topics,
 * producers and consumers. Payload fields and the reasons behind them are documented on each
 * payload schema in src/events/.
 */
export const EVENTS = {
  CustomerContactChanged: defineEvent('CustomerContactChanged', {
    version: 1, aggregateType: 'Customer', keyField: 'customerId', payload: CustomerContactChangedPayload,
    producer: 'proposal', consumers: ['notification'],
    description: "A customer's e-mail and mobile for notifications (registered or changed); no other personal data.",
  }),
  ProposalCreated: defineEvent('ProposalCreated', {
    version: 1, aggregateType: 'Proposal', keyField: 'proposalId', payload: ProposalCreatedPayload,
    producer: 'proposal', consumers: ['credit-analysis'],
    description: 'A proposal was submitted for credit analysis, with the data the decision needs.',
  }),
  ProposalCancelled: defineEvent('ProposalCancelled', {
    version: 1, aggregateType: 'Proposal', keyField: 'proposalId', payload: ProposalCancelledPayload,
    producer: 'proposal', consumers: ['credit-analysis', 'loan', 'notification', 'averbation-connector'],
    description: 'The customer or an operator cancelled a proposal, or exercised the right of regret (R-PR-8).',
  }),
  MarginCheckRequested: defineEvent('MarginCheckRequested', {
    version: 1, aggregateType: 'CreditAnalysis', keyField: 'proposalId', payload: MarginCheckRequestedPayload,
    producer: 'credit-analysis', consumers: ['averbation-connector'],
    description: "Credit analysis asks for the INSS benefit's available margin at Dataprev.",
  }),
  MarginChecked: defineEvent('MarginChecked', {
    version: 1, aggregateType: 'MarginCheck', keyField: 'proposalId', payload: MarginCheckedPayload,
    producer: 'averbation-connector', consumers: ['credit-analysis', 'proposal'],
    description: 'Dataprev answered: benefit, margins (limit, used, available) and restrictions.',
  }),
  MarginCheckFailed: defineEvent('MarginCheckFailed', {
    version: 1, aggregateType: 'MarginCheck', keyField: 'proposalId', payload: MarginCheckFailedPayload,
    producer: 'averbation-connector', consumers: ['credit-analysis'],
    description: 'The margin could not be read (unknown benefit, or Dataprev failing past the retry limit).',
  }),
  CreditApproved: defineEvent('CreditApproved', {
    version: 1, aggregateType: 'CreditAnalysis', keyField: 'proposalId', payload: CreditApprovedPayload,
    producer: 'credit-analysis', consumers: ['loan', 'proposal', 'payment'],
    description: 'Credit approved on these priced terms, with every rule evaluated (R-CA-4).',
  }),
  CreditRejected: defineEvent('CreditRejected', {
    version: 1, aggregateType: 'CreditAnalysis', keyField: 'proposalId', payload: CreditRejectedPayload,
    producer: 'credit-analysis', consumers: ['notification', 'proposal', 'averbation-connector'],
    description: 'Credit refused, with the failed rules: measured value, limit, pt-BR message (R-CA-4).',
  }),
  ContractIssued: defineEvent('ContractIssued', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: ContractIssuedPayload,
    producer: 'loan', consumers: ['proposal', 'notification'],
    description: 'The CCB of an approved credit is drawn up (PDF, SHA-256): the contract waits for the customer\'s acceptance (R-LN-9).',
  }),
  ProposalAccepted: defineEvent('ProposalAccepted', {
    version: 1, aggregateType: 'Proposal', keyField: 'proposalId', payload: ProposalAcceptedPayload,
    producer: 'proposal', consumers: ['loan'],
    description: 'The customer accepted the issued contract by its CCB\'s hash (who, when, channel): loan books it (R-LN-9).',
  }),
  AverbationRequested: defineEvent('AverbationRequested', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: AverbationRequestedPayload,
    producer: 'loan', consumers: ['averbation-connector', 'proposal'],
    description: 'A booked consignado contract must be registered as a payroll deduction at Dataprev.',
  }),
  AverbationCompleted: defineEvent('AverbationCompleted', {
    version: 1, aggregateType: 'Averbation', keyField: 'contractId', payload: AverbationCompletedPayload,
    producer: 'averbation-connector', consumers: ['loan', 'payment'],
    description: 'Dataprev registered the deduction; the contract can be activated.',
  }),
  AverbationFailed: defineEvent('AverbationFailed', {
    version: 1, aggregateType: 'Averbation', keyField: 'contractId', payload: AverbationFailedPayload,
    producer: 'averbation-connector', consumers: ['loan', 'proposal', 'payment'],
    description: 'The deduction could not be registered: reason code, pt-BR message, retryable, attempts.',
  }),
  ContractActivated: defineEvent('ContractActivated', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: ContractActivatedPayload,
    producer: 'loan', consumers: ['notification', 'proposal', 'payment', 'averbation-connector'],
    description: 'The contract is in force; carries its terms and full installment schedule.',
  }),
  ContractCancelled: defineEvent('ContractCancelled', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: ContractCancelledPayload,
    producer: 'loan', consumers: ['averbation-connector', 'payment', 'notification', 'proposal'],
    description: 'The contract was undone (right of regret, cancellation before activation, failed averbation).',
  }),
  InstallmentDue: defineEvent('InstallmentDue', {
    version: 1, aggregateType: 'Billing', keyField: 'contractId', payload: InstallmentDuePayload,
    producer: 'payment', consumers: ['notification'],
    description: 'An installment is coming due (UPCOMING) or is late (OVERDUE, with fine and mora).',
  }),
  PaymentReceived: defineEvent('PaymentReceived', {
    version: 1, aggregateType: 'Billing', keyField: 'contractId', payload: PaymentReceivedPayload,
    producer: 'payment', consumers: ['loan', 'notification'],
    description: 'Money arrived (payroll or manual) and how it is allocated to installments and charges.',
  }),
  ContractSettled: defineEvent('ContractSettled', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: ContractSettledPayload,
    producer: 'loan', consumers: ['notification', 'payment', 'averbation-connector'],
    description: 'Nothing more is owed: paid off, settled early, ported out, refinanced or paid by the credit-life insurer.',
  }),
  ContractAmended: defineEvent('ContractAmended', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: ContractAmendedPayload,
    producer: 'loan', consumers: ['payment', 'notification', 'averbation-connector'],
    description: 'The plan changed after an extraordinary amortization: new balance, installment and remaining rows (R-LN-5).',
  }),
  ContractPositionChanged: defineEvent('ContractPositionChanged', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: ContractPositionChangedPayload,
    producer: 'loan', consumers: ['credit-analysis'],
    description: "A contract's whole position after any change, with a revision: event-carried state for projections.",
  }),
  ContractBlocked: defineEvent('ContractBlocked', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: ContractBlockedPayload,
    producer: 'loan', consumers: ['payment', 'notification'],
    description: 'Staff suspended a contract (judicial order, suspected fraud, death): no money, reminders or balance operations on it.',
  }),
  ContractUnblocked: defineEvent('ContractUnblocked', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: ContractUnblockedPayload,
    producer: 'loan', consumers: ['payment', 'notification'],
    description: "Staff lifted a contract's block after review: everything resumes.",
  }),
  PortabilityBalanceRequested: defineEvent('PortabilityBalanceRequested', {
    version: 1, aggregateType: 'CreditAnalysis', keyField: 'proposalId', payload: PortabilityBalanceRequestedPayload,
    producer: 'credit-analysis', consumers: ['averbation-connector'],
    description: 'A portability in needs the outstanding balance from the origin institution, through the exchange (R-LN-11).',
  }),
  PortabilityBalanceReceived: defineEvent('PortabilityBalanceReceived', {
    version: 1, aggregateType: 'Portability', keyField: 'proposalId', payload: PortabilityBalanceReceivedPayload,
    producer: 'averbation-connector', consumers: ['credit-analysis', 'proposal'],
    description: "The origin's stated balance (and any retention offer), with the exchange's portability number.",
  }),
  PortabilityRequestFailed: defineEvent('PortabilityRequestFailed', {
    version: 1, aggregateType: 'Portability', keyField: 'proposalId', payload: PortabilityRequestFailedPayload,
    producer: 'averbation-connector', consumers: ['credit-analysis', 'proposal'],
    description: 'No balance will come: the origin refused, retained the customer or let the deadline pass.',
  }),
  PortabilityTransferRequested: defineEvent('PortabilityTransferRequested', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: PortabilityTransferRequestedPayload,
    producer: 'loan', consumers: ['averbation-connector', 'proposal'],
    description: "A portability contract was booked: transfer the origin's balance through the exchange.",
  }),
  PortabilityTransferCompleted: defineEvent('PortabilityTransferCompleted', {
    version: 1, aggregateType: 'Portability', keyField: 'contractId', payload: PortabilityTransferCompletedPayload,
    producer: 'averbation-connector', consumers: ['loan', 'proposal'],
    description: 'The balance was transferred and the origin confirmed its settlement; the deduction may move.',
  }),
  PortabilityTransferFailed: defineEvent('PortabilityTransferFailed', {
    version: 1, aggregateType: 'Portability', keyField: 'contractId', payload: PortabilityTransferFailedPayload,
    producer: 'averbation-connector', consumers: ['loan', 'proposal'],
    description: 'A booked portability in will not complete (deadline, funds returned, exchange failing).',
  }),
  PortabilityOutRequested: defineEvent('PortabilityOutRequested', {
    version: 1, aggregateType: 'Portability', keyField: 'contractId', payload: PortabilityOutRequestedPayload,
    producer: 'averbation-connector', consumers: ['loan'],
    description: "Another institution asked the exchange for one of our contracts' balance (portability out).",
  }),
  PortabilityOutAnswered: defineEvent('PortabilityOutAnswered', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: PortabilityOutAnsweredPayload,
    producer: 'loan', consumers: ['averbation-connector'],
    description: 'Our answer to a portability out: the payoff on the date (and any retention offer), or a refusal.',
  }),
  PortabilityOutFundsReceived: defineEvent('PortabilityOutFundsReceived', {
    version: 1, aggregateType: 'Portability', keyField: 'contractId', payload: PortabilityOutFundsReceivedPayload,
    producer: 'averbation-connector', consumers: ['payment'],
    description: 'The destination transferred the stated balance: the money that settles the contract (PORTED_OUT).',
  }),
  InsuranceClaimRequested: defineEvent('InsuranceClaimRequested', {
    version: 1, aggregateType: 'Contract', keyField: 'contractId', payload: InsuranceClaimRequestedPayload,
    producer: 'loan', consumers: ['averbation-connector'],
    description: "An insured contract was blocked for the insured's death: file a credit-life claim for the debt on the block's date.",
  }),
  InsuranceClaimPaid: defineEvent('InsuranceClaimPaid', {
    version: 1, aggregateType: 'InsuranceClaim', keyField: 'contractId', payload: InsuranceClaimPaidPayload,
    producer: 'averbation-connector', consumers: ['payment'],
    description: 'The insurer paid the claim: the money that settles the contract (INSURANCE_CLAIM).',
  }),
  InsuranceClaimDenied: defineEvent('InsuranceClaimDenied', {
    version: 1, aggregateType: 'InsuranceClaim', keyField: 'contractId', payload: InsuranceClaimDeniedPayload,
    producer: 'averbation-connector', consumers: ['loan'],
    description: 'The insurer refused the claim: the contract stays blocked for the estate or staff.',
  }),
  CustomerPayoutAccountChanged: defineEvent('CustomerPayoutAccountChanged', {
    version: 1, aggregateType: 'Customer', keyField: 'customerId', payload: CustomerPayoutAccountChangedPayload,
    producer: 'proposal', consumers: ['payment', 'notification'],
    description: 'The PIX key or bank account a customer registered to receive released amounts and refunds (the customer is told, masked).',
  }),
  FundsReleaseRequested: defineEvent('FundsReleaseRequested', {
    version: 1, aggregateType: 'Disbursement', keyField: 'contractId', payload: FundsReleaseRequestedPayload,
    producer: 'payment', consumers: ['averbation-connector'],
    description: "Pay a customer through the payment rail: a loan's released amount, or credit refunded.",
  }),
  FundsReleased: defineEvent('FundsReleased', {
    version: 1, aggregateType: 'Disbursement', keyField: 'contractId', payload: FundsReleasedPayload,
    producer: 'averbation-connector', consumers: ['payment', 'notification'],
    description: "The payment rail settled the transfer into the customer's account.",
  }),
  FundsReleaseFailed: defineEvent('FundsReleaseFailed', {
    version: 1, aggregateType: 'Disbursement', keyField: 'contractId', payload: FundsReleaseFailedPayload,
    producer: 'averbation-connector', consumers: ['payment', 'notification'],
    description: 'The transfer to the customer failed for good (refused account, or retries exhausted).',
  }),
  RecommendationMade: defineEvent('RecommendationMade', {
    version: 1, aggregateType: 'Recommendation', keyField: 'customerId', payload: RecommendationMadePayload,
    producer: 'credit-analysis', consumers: ['proposal'],
    description: "A product recommended from the customer's financial profile (seed 004), first or after feedback, with its priced loan offers.",
  }),
  DataSubjectErasureRequested: defineEvent('DataSubjectErasureRequested', {
    version: 1, aggregateType: 'Customer', keyField: 'customerId', payload: DataSubjectErasureRequestedPayload,
    producer: 'proposal', consumers: ['loan'],
    description: 'Anonymize a customer (on request or after retention, LGPD); loan decides whether a contract obliges keeping the data.',
  }),
  DataSubjectErasureDecided: defineEvent('DataSubjectErasureDecided', {
    version: 1, aggregateType: 'Customer', keyField: 'customerId', payload: DataSubjectErasureDecidedPayload,
    producer: 'loan', consumers: ['proposal', 'credit-analysis', 'averbation-connector', 'payment', 'notification'],
    description: "Loan's verdict on an erasure: ANONYMIZE (every service anonymizes its rows) or RETAIN (a contract obliges keeping them, until when).",
  }),
} as const;

export type EventCatalog = typeof EVENTS;
/** Every event type name, e.g. `'ProposalCreated'`. */
export type EventType = keyof EventCatalog;

/** The event types in catalogue order. */
export const EVENT_TYPES = Object.keys(EVENTS) as EventType[];

export function isEventType(value: unknown): value is EventType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(EVENTS, value);
}
