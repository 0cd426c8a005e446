import { handBilling } from '../../../../test/fixtures/billings';
import type { Billing } from './billing';
import type { BlockChange, BlockReason } from './contract-block';

const MAY = '2026-05-02T14:00:00.000Z';
const JUNE = '2026-06-01T12:00:00.000Z';
const block = (revision: number, reason: BlockReason = 'JUDICIAL_ORDER', since = MAY): BlockChange => ({ revision, block: { reason, since: new Date(since) } });
const unblock = (revision: number): BlockChange => ({ revision });
const stateOf = (b: Billing) => [b.snapshot.block?.reason ?? null, b.snapshot.block?.since.toISOString() ?? null, b.snapshot.blockRevision ?? null];

describe('contract block (R-LN-8): blocks and unblocks ordered by the contract revision', () => {
  it.each<[string, BlockChange[], string[], unknown[]]>([
    ['a block', [block(3)], ['BLOCKED'], ['JUDICIAL_ORDER', MAY, 3]],
    ['a block, then its unblock', [block(3), unblock(4)], ['BLOCKED', 'UNBLOCKED'], [null, null, 4]],
    ['the unblock first, its block late from the other topic', [unblock(4), block(3)], ['UNBLOCKED', 'STALE'], [null, null, 4]],
    ['a block of a lower revision after the unblock', [block(3), unblock(4), block(2, 'FRAUD_SUSPECTED')], ['BLOCKED', 'UNBLOCKED', 'STALE'], [null, null, 4]],
    ['the same revision again', [block(3), block(3, 'DEATH', JUNE)], ['BLOCKED', 'STALE'], ['JUDICIAL_ORDER', MAY, 3]],
    ['blocked again later, then a stale unblock', [block(3), unblock(4), block(5, 'DEATH', JUNE), unblock(4)], ['BLOCKED', 'UNBLOCKED', 'BLOCKED', 'STALE'], ['DEATH', JUNE, 5]],
    ['a higher block while blocked takes its reason and date', [block(3), block(5, 'FRAUD_SUSPECTED', JUNE)], ['BLOCKED', 'BLOCKED'], ['FRAUD_SUSPECTED', JUNE, 5]],
    ['an unblock with no block seen here', [unblock(2)], ['UNBLOCKED'], [null, null, 2]],
  ])('%s', (_, changes, outcomes, state) => {
    const billing = handBilling();
    expect(changes.map((c) => billing.changeBlock(c))).toEqual(outcomes);
    expect(stateOf(billing)).toEqual(state);
  });

  it('a stale change leaves the billing exactly as it was', () => {
    const billing = handBilling([1, '2026-05-10']);
    billing.changeBlock(unblock(4));
    const before = billing.snapshot;
    expect(billing.changeBlock(block(3))).toBe('STALE');
    expect(billing.snapshot).toBe(before);
  });

  it('changes nothing but the block: status, plan, rows and credit stay', () => {
    const billing = handBilling([1, '2026-05-10']);
    const before = billing.snapshot;
    billing.changeBlock(block(3));
    expect(billing.snapshot).toEqual({ ...before, block: { reason: 'JUDICIAL_ORDER', since: new Date(MAY) }, blockRevision: 3 });
  });

  it('a billing no longer ACTIVE keeps loan\'s word too, and stays closed', () => {
    const billing = handBilling();
    billing.close({ status: 'CANCELLED', at: new Date(MAY) });
    expect([billing.changeBlock(block(3)), billing.snapshot.status, stateOf(billing)]).toEqual(['BLOCKED', 'CANCELLED', ['JUDICIAL_ORDER', MAY, 3]]);
  });
});
