import { CANCELLATION_EXPLANATIONS, decideCancellation } from './cancellation-policy';
import type { ContractStatus } from './contract-status';
import type { ProposalCancellationReason } from './contract-vocabulary';

const activatedAt = new Date('2026-03-10T13:00:00.000Z');
const day7 = new Date('2026-03-17T13:00:00.000Z');
const day8 = new Date('2026-03-18T13:00:00.000Z');

type Row = [ContractStatus, ProposalCancellationReason, Date, string];

describe('what a proposal cancellation does to its contract (R-PR-8)', () => {
  it.each<Row>([
    ['PENDING_AVERBATION', 'CUSTOMER_REQUEST', day7, 'CANCEL CUSTOMER_REQUEST CANCELLED_BEFORE_ACTIVATION'],
    ['PENDING_AVERBATION', 'OPERATOR', day7, 'CANCEL CUSTOMER_REQUEST CANCELLED_BEFORE_ACTIVATION'],
    ['PENDING_AVERBATION', 'RIGHT_OF_REGRET', day7, 'IGNORE CONTRACT_NOT_ACTIVE'],
    ['AVERBATION_FAILED', 'CUSTOMER_REQUEST', day7, 'CANCEL CUSTOMER_REQUEST CANCELLED_BEFORE_ACTIVATION'],
    ['AVERBATION_FAILED', 'RIGHT_OF_REGRET', day7, 'IGNORE CONTRACT_NOT_ACTIVE'],
    ['ACTIVE', 'RIGHT_OF_REGRET', day7, 'CANCEL RIGHT_OF_REGRET RIGHT_OF_REGRET_EXERCISED'],
    ['ACTIVE', 'RIGHT_OF_REGRET', day8, 'IGNORE REGRET_WINDOW_EXPIRED'],
    ['ACTIVE', 'CUSTOMER_REQUEST', day7, 'IGNORE CONTRACT_ALREADY_ACTIVE'],
    ['ACTIVE', 'OPERATOR', day7, 'IGNORE CONTRACT_ALREADY_ACTIVE'],
    ['CANCELLED', 'RIGHT_OF_REGRET', day7, 'IGNORE CONTRACT_CLOSED'],
    ['CANCELLED', 'CUSTOMER_REQUEST', day7, 'IGNORE CONTRACT_CLOSED'],
    ['SETTLED', 'RIGHT_OF_REGRET', day7, 'IGNORE CONTRACT_CLOSED'],
    ['SETTLED', 'OPERATOR', day7, 'IGNORE CONTRACT_CLOSED'],
  ])('%s + %s at %s → %s', (status, reason, requestedAt, expected) => {
    const active = status === 'ACTIVE' || status === 'CANCELLED' || status === 'SETTLED' ? activatedAt : undefined;
    const decision = decideCancellation(status, active, { reason, requestedAt });
    const text = decision.outcome === 'CANCEL' ? `CANCEL ${decision.reason} ${decision.explanation}` : `IGNORE ${decision.explanation}`;
    expect(text).toBe(expected);
  });

  it('explains every outcome in pt-BR', () => {
    expect(CANCELLATION_EXPLANATIONS.REGRET_WINDOW_EXPIRED).toBe('Prazo de 7 dias do direito de arrependimento encerrado (CDC art. 49).');
  });
});

describe('cancellation while AWAITING_ACCEPTANCE (R-LN-9)', () => {
  const at = new Date('2026-04-12T10:00:00.000Z');

  it.each([
    ['ACCEPTANCE_EXPIRED', 'ACCEPTANCE_EXPIRED', 'ACCEPTANCE_EXPIRED'],
    ['CUSTOMER_REQUEST', 'CUSTOMER_REQUEST', 'CANCELLED_BEFORE_ACTIVATION'],
    ['OPERATOR', 'CUSTOMER_REQUEST', 'CANCELLED_BEFORE_ACTIVATION'],
  ] as const)('%s cancels (ContractCancelled reason %s)', (reason, cancelled, explanation) => {
    expect(decideCancellation('AWAITING_ACCEPTANCE', undefined, { reason, requestedAt: at })).toEqual({ outcome: 'CANCEL', reason: cancelled, explanation });
  });

  it('RIGHT_OF_REGRET is not for a contract never in force', () => {
    expect(decideCancellation('AWAITING_ACCEPTANCE', undefined, { reason: 'RIGHT_OF_REGRET', requestedAt: at })).toEqual({ outcome: 'IGNORE', explanation: 'CONTRACT_NOT_ACTIVE' });
  });

  it.each(['PENDING_AVERBATION', 'PENDING_PORTABILITY', 'ACTIVE', 'AVERBATION_FAILED'] as const)('ACCEPTANCE_EXPIRED on an accepted contract (%s) changes nothing', (status) => {
    expect(decideCancellation(status, at, { reason: 'ACCEPTANCE_EXPIRED', requestedAt: at })).toEqual({ outcome: 'IGNORE', explanation: 'ALREADY_ACCEPTED' });
  });
});
