import { Money } from '@consignado/finance';
import type { CommissionPolicy } from './commission';
import { commissionAfterCancellation } from './commission-clawback';
import type { ConsumedEvent } from './consumed-event';
import { type AcceptanceWindow, formalizationIssued } from './formalization';
import { portabilityProgress as progress } from './portability-progress';
import type { ApprovedTerms, ProposalProps } from './proposal-props';

type Mutable = { -readonly [K in keyof ProposalProps]?: ProposalProps[K] };

function termsOf(p: ApprovedTerms): ApprovedTerms {
  const { releasedAmount, financedAmount, monthlyRate, termMonths, installmentAmount, iof, insurance, totalPayable, cetMonthlyPercent, cetAnnualPercent, contractDate, firstDueDate } = p;
  return { releasedAmount, financedAmount, monthlyRate, termMonths, installmentAmount, iof, insurance, totalPayable, cetMonthlyPercent, cetAnnualPercent, contractDate, firstDueDate };
}

/**
 * The data an applied event leaves on the proposal: approved terms (with a refinancing's or a
 * portability's own), decision reasons, the contract id, the portability's progress at the
 * exchange, the averbation failure, the activation and — for a corban — its commission (R-PR-5),
 * why loan cancelled the contract (and the commission reversed by the right of regret), the
 * contract issued for acceptance with its deadline (R-LN-9).
 */
export function effectsOf(event: ConsumedEvent, props: ProposalProps, commission: CommissionPolicy, window: AcceptanceWindow): Mutable {
  const pp = props.portabilityProgress;
  switch (event.type) {
    case 'PortabilityBalanceReceived':
      return { portabilityProgress: progress.balanceReceived(pp, event.payload) };
    case 'PortabilityRequestFailed':
      return { portabilityProgress: progress.requestFailed(pp, event.payload) };
    case 'MarginChecked':
      return {};
    case 'CreditApproved': {
      const { refinancing, portability } = event.payload;
      const decision = { outcome: 'APPROVED' as const, reasons: event.payload.reasons, parameterVersion: event.payload.parameterVersion, decidedAt: event.occurredAt };
      return { terms: termsOf(event.payload), decision, ...(refinancing ? { refinancing } : {}), ...(portability ? { portabilityProgress: progress.approved(pp, portability) } : {}) };
    }
    case 'CreditRejected':
      return { decision: { outcome: 'REJECTED', reasons: event.payload.reasons, parameterVersion: event.payload.parameterVersion, decidedAt: event.occurredAt } };
    case 'ContractIssued':
      return { contractId: event.payload.contractId, formalization: formalizationIssued(props.formalization, event.payload, window) };
    case 'PortabilityTransferRequested':
      return { contractId: event.payload.contractId, portabilityProgress: progress.transferRequested(pp, event.payload) };
    case 'PortabilityTransferCompleted':
      return { contractId: event.payload.contractId, portabilityProgress: progress.transferCompleted(pp, event.payload) };
    case 'PortabilityTransferFailed':
      return { contractId: event.payload.contractId, portabilityProgress: progress.transferFailed(pp, event.payload) };
    case 'AverbationRequested':
      return { contractId: event.payload.contractId, averbationFailure: undefined };
    case 'AverbationFailed': {
      const { code, message, retryable, attempts, lastAttemptAt } = event.payload;
      return { contractId: event.payload.contractId, averbationFailure: { code, message, retryable, attempts, at: lastAttemptAt } };
    }
    case 'ContractActivated':
      return {
        contractId: event.payload.contractId,
        activatedAt: event.payload.activatedAt,
        terms: termsOf(event.payload),
        ...(event.payload.refinancing ? { refinancing: event.payload.refinancing } : {}),
        ...(props.origin.channel === 'CORBAN' ? { commission: commission.commissionFor(props.request.operationType, Money.of(event.payload.releasedAmount)) } : {}),
      };
    case 'ContractCancelled': {
      const commissionAfter = commissionAfterCancellation(props.commission, event.payload);
      return { contractId: event.payload.contractId, contractCancellation: { reason: event.payload.reason, cancelledAt: event.payload.cancelledAt }, ...(commissionAfter ? { commission: commissionAfter } : {}) };
    }
    default:
      return assertNever(event);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled event ${JSON.stringify(value)}`);
}
