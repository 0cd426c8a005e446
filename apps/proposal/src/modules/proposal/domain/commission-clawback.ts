import type { PayloadOf } from '@consignado/contracts';
import type { Commission } from './commission';

type ContractCancelled = Pick<PayloadOf<'ContractCancelled'>, 'reason' | 'cancelledAt'>;

/**
 * The corban's commission once loan cancelled the contract (seed 003 §6.3, R-PR-5, R-PR-8): the
 * customer's right of regret undoes the sale, so the commission is reversed as of the
 * cancellation; any other cancellation leaves it as it was. A proposal cancelled before
 * activation never had one: nothing to reverse. Reversed at most once — a commission already
 * reversed keeps its first reversal, whatever arrives again.
 */
export function commissionAfterCancellation(commission: Commission | undefined, cancelled: ContractCancelled): Commission | undefined {
  if (!commission || commission.status === 'REVERSED' || cancelled.reason !== 'RIGHT_OF_REGRET') return commission;
  return { ...commission, status: 'REVERSED', reversedAt: cancelled.cancelledAt, reversalReason: 'RIGHT_OF_REGRET' };
}
