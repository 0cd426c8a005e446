import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import { applicant } from '../testing/applicant.fixture';
import { CommissionPolicy } from './commission';
import { commissionAfterCancellation } from './commission-clawback';
import type { ConsumedEvent, ConsumedEventType } from './consumed-event';
import { Proposal } from './proposal';

const CUSTOMER = examplePayload('CreditApproved').customerId;
const NOW = new Date('2026-03-10T13:00:00.000Z');
const policy = new CommissionPolicy({ NEW: '3.00', REFINANCING: '2.00', PORTABILITY: '1.50' });
const corban: Principal = { channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa' };
const EARNED = { operationType: 'NEW', percent: '3.00', base: '10000.00', amount: '300.00', status: 'EARNED' } as const;
const event = <T extends ConsumedEventType>(type: T, changes: Partial<PayloadOf<T>> = {}): ConsumedEvent => ({ type, payload: { ...examplePayload(type), ...changes }, occurredAt: NOW.toISOString() }) as ConsumedEvent;
const regret = (cancelledAt: string) => event('ContractCancelled', { reason: 'RIGHT_OF_REGRET', cancelledAt });

function corbanProposal(upTo: 'APPROVED' | 'CONTRACTED'): Proposal {
  const request = { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: Money.of('10000.00'), termMonths: 96, withInsurance: false, contractDate: IsoDate.of('2026-03-10'), firstDueDate: IsoDate.of('2026-04-10') } as const;
  const proposal = Proposal.open({ id: 'p1', customerId: CUSTOMER, origin: corban, request, correlationId: 'c1' }, applicant(CUSTOMER), NOW);
  for (const type of ['MarginChecked', 'CreditApproved'] as const) proposal.apply(event(type), policy, NOW);
  if (upTo === 'APPROVED') return proposal;
  proposal.apply(event('AverbationRequested'), policy, NOW);
  proposal.apply(event('ContractActivated', { releasedAmount: '10000.00' }), policy, NOW);
  return proposal;
}

describe('commission clawback on the right of regret (seed 003 §6.3, R-PR-5, R-PR-8)', () => {
  it.each([
    ['RIGHT_OF_REGRET', { ...EARNED, status: 'REVERSED', reversedAt: '2026-03-12T15:00:00.000Z', reversalReason: 'RIGHT_OF_REGRET' }],
    ['CUSTOMER_REQUEST', EARNED],
    ['AVERBATION_FAILED', EARNED],
  ] as const)('a contract cancelled for %s leaves %j', (reason, after) => {
    expect(commissionAfterCancellation(EARNED, { reason, cancelledAt: '2026-03-12T15:00:00.000Z' })).toEqual(after);
  });

  it('reverses once: a commission already reversed keeps its first reversal; none stays none', () => {
    const reversed = commissionAfterCancellation(EARNED, { reason: 'RIGHT_OF_REGRET', cancelledAt: '2026-03-12T15:00:00.000Z' });
    expect(commissionAfterCancellation(reversed, { reason: 'RIGHT_OF_REGRET', cancelledAt: '2026-04-01T10:00:00.000Z' })).toBe(reversed);
    expect(commissionAfterCancellation(undefined, { reason: 'RIGHT_OF_REGRET', cancelledAt: '2026-03-12T15:00:00.000Z' })).toBeUndefined();
  });

  it('the CONTRACTED proposal reverses its commission on ContractCancelled(RIGHT_OF_REGRET), and a redelivery changes nothing', () => {
    const proposal = corbanProposal('CONTRACTED');
    expect(proposal.props.commission).toEqual(EARNED);
    expect(proposal.apply(regret('2026-03-12T15:00:00.000Z'), policy, NOW)).toBe('APPLIED');
    const reversed = { ...EARNED, status: 'REVERSED', reversedAt: '2026-03-12T15:00:00.000Z', reversalReason: 'RIGHT_OF_REGRET' };
    expect([proposal.state, proposal.props.commission]).toEqual(['CANCELLED', reversed]);
    expect(proposal.apply(regret('2026-03-12T15:00:00.000Z'), policy, NOW)).toBe('STALE');
    expect(proposal.apply(regret('2026-03-20T15:00:00.000Z'), policy, NOW)).toBe('STALE');
    expect(proposal.props.commission).toEqual(reversed);
  });

  it('a contract cancelled before activation never had a commission: nothing to reverse', () => {
    const proposal = corbanProposal('APPROVED');
    proposal.apply(event('ContractCancelled', { reason: 'CUSTOMER_REQUEST', averbationRegistered: false }), policy, NOW);
    expect([proposal.state, proposal.props.commission]).toEqual(['CANCELLED', undefined]);
    expect('commission' in proposal.props).toBe(false);
  });
});
