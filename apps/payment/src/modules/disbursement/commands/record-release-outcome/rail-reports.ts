import type { PayloadOf } from '@consignado/contracts';
import { Money } from '@consignado/finance';
import type { FailureReport, ReleaseReport } from '../../domain/rail-report';

type Common = Pick<PayloadOf<'FundsReleased'>, 'disbursementId' | 'contractId' | 'customerId' | 'purpose' | 'amount'>;

const common = ({ disbursementId, contractId, customerId, purpose, amount }: Common) => ({ disbursementId, contractId, customerId, purpose, amount: Money.of(amount) });

export function releaseReportOf(payload: PayloadOf<'FundsReleased'>): ReleaseReport {
  return { ...common(payload), endToEndId: payload.endToEndId, releasedAt: new Date(payload.releasedAt) };
}

export function failureReportOf(payload: PayloadOf<'FundsReleaseFailed'>): FailureReport {
  const failure = { code: payload.code, message: payload.message, railAttempts: payload.attempts, failedAt: new Date(payload.failedAt) };
  return { ...common(payload), failure };
}
