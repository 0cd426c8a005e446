import { Money } from '@consignado/finance';
import type { CommissionPolicy } from './commission';
import type { ConsumedEvent } from './consumed-event';
import type { ApprovedTerms, ProposalProps } from './proposal-props';

type Mutable = { -readonly [K in keyof ProposalProps]?: ProposalProps[K] };

function termsOf(p: ApprovedTerms): ApprovedTerms {
  const { releasedAmount, financedAmount, monthlyRate, termMonths, installmentAmount, iof, insurance, totalPayable, cetMonthlyPercent, cetAnnualPercent, contractDate, firstDueDate } = p;
  return { releasedAmount, financedAmount, monthlyRate, termMonths, installmentAmount, iof, insurance, totalPayable, cetMonthlyPercent, cetAnnualPercent, contractDate, firstDueDate };
}

/**
 * The data an applied event leaves on the proposal: approved terms, decision reasons, the
 * contract id, the averbation failure, the activation and — for a corban — its commission (R-PR-5).
 */
export function effectsOf(event: ConsumedEvent, props: ProposalProps, commission: CommissionPolicy): Mutable {
  switch (event.type) {
    case 'MarginChecked':
      return {};
    case 'CreditApproved':
      return { terms: termsOf(event.payload), decision: { outcome: 'APPROVED', reasons: event.payload.reasons, parameterVersion: event.payload.parameterVersion, decidedAt: event.occurredAt } };
    case 'CreditRejected':
      return { decision: { outcome: 'REJECTED', reasons: event.payload.reasons, parameterVersion: event.payload.parameterVersion, decidedAt: event.occurredAt } };
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
        ...(props.origin.channel === 'CORBAN' ? { commission: commission.commissionFor(event.payload.operationType, Money.of(event.payload.releasedAmount)) } : {}),
      };
    case 'ContractCancelled':
      return { contractId: event.payload.contractId };
  }
}
