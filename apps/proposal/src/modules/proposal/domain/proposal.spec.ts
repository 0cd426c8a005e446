import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import { CommissionPolicy } from './commission';
import type { ConsumedEvent, ConsumedEventType } from './consumed-event';
import { Proposal } from './proposal';
import type { ProposalRequest } from './proposal-props';

const CUSTOMER = examplePayload('CreditApproved').customerId;
const CONTRACT = examplePayload('ContractActivated').contractId;
const ALPHA = '6f1c2d3e-0000-4000-8000-00000000a1fa';
const NOW = new Date('2026-03-10T13:00:00.000Z');
const commission = new CommissionPolicy({ NEW: '3.00', REFINANCING: '2.00', PORTABILITY: '1.50' });

const request = (overrides: Partial<ProposalRequest> = {}): ProposalRequest => ({
  product: 'INSS_CONSIGNADO',
  operationType: 'NEW',
  requestedAmount: Money.of('10000.00'),
  termMonths: 96,
  withInsurance: false,
  contractDate: IsoDate.of('2026-03-10'),
  firstDueDate: IsoDate.of('2026-04-10'),
  ...overrides,
});

function open(origin: Principal, overrides: Partial<ProposalRequest> = {}): Proposal {
  return Proposal.open({ id: 'p1', customerId: CUSTOMER, origin, request: request(overrides), correlationId: 'c1' }, NOW);
}

function event<T extends ConsumedEventType>(type: T, changes: Partial<PayloadOf<T>> = {}, occurredAt = NOW.toISOString()): ConsumedEvent {
  return { type, payload: { ...examplePayload(type), ...changes }, occurredAt } as ConsumedEvent;
}

const corban: Principal = { channel: 'CORBAN', partnerId: ALPHA };
const operator: Principal = { channel: 'INTERNAL', operatorId: 'op-0001' };

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as { code: string }).code;
  }
  return 'no error';
}

describe('Proposal aggregate (R-PR-1, R-PR-2, R-PR-4)', () => {
  it.each([
    [{ channel: 'DIGITAL' } as Principal, {}, 'PENDING_DOCUMENTS', false],
    [corban, {}, 'PENDING_MARGIN_CHECK', true],
    [operator, {}, 'PENDING_MARGIN_CHECK', true],
    [corban, { product: 'SERVIDOR_CONSIGNADO' }, 'PENDING_CREDIT_ANALYSIS', true],
    [operator, { product: 'PERSONAL' }, 'PENDING_CREDIT_ANALYSIS', true],
  ] as const)('opened by %j with %j: %s (submitted %s)', (origin, overrides, state, submitted) => {
    const proposal = open(origin, overrides);
    expect(proposal.state).toBe(state);
    expect(proposal.submitted).toBe(submitted);
  });

  it.each([
    [{ operationType: 'REFINANCING' }, 'refinancedContractId'],
    [{ operationType: 'NEW', refinancedContractId: CONTRACT }, 'refinancedContractId'],
    [{ operationType: 'PORTABILITY' }, 'portability'],
    [{ product: 'PERSONAL', benefitPaidByOwnBank: true }, 'benefitPaidByOwnBank'],
  ] as const)('refuses an inconsistent operation %j', (overrides, field) => {
    expect(() => open(corban, overrides as Partial<ProposalRequest>)).toThrow(expect.objectContaining({ code: 'PROPOSAL.INVALID_OPERATION', details: { fields: [expect.objectContaining({ field })] } }));
  });

  it('submits a digital proposal once SELFIE and ID_FRONT are in', () => {
    const proposal = open({ channel: 'DIGITAL' }, { product: 'PERSONAL' });
    expect(proposal.attachDocument('PROOF_OF_INCOME', NOW)).toBe(false);
    expect(proposal.attachDocument('SELFIE', NOW)).toBe(false);
    expect(proposal.state).toBe('PENDING_DOCUMENTS');
    expect(proposal.attachDocument('ID_FRONT', NOW)).toBe(true);
    expect(proposal.state).toBe('PENDING_CREDIT_ANALYSIS');
    expect(proposal.attachDocument('ID_BACK', NOW)).toBe(false);
    expect(proposal.props.documentKinds).toEqual(['PROOF_OF_INCOME', 'SELFIE', 'ID_FRONT', 'ID_BACK']);
  });

  it('follows the INSS flow to CONTRACTED, keeping terms, contract and commission', () => {
    const proposal = open(corban);
    const steps: Array<[ConsumedEvent, string]> = [
      [event('MarginChecked'), 'PENDING_CREDIT_ANALYSIS'],
      [event('CreditApproved'), 'APPROVED'],
      [event('AverbationRequested'), 'PENDING_AVERBATION'],
      [event('AverbationFailed', { retryable: true }), 'PENDING_AVERBATION'],
      [event('ContractActivated', { releasedAmount: '10000.00' }), 'CONTRACTED'],
    ];
    for (const [e, state] of steps) {
      expect(proposal.apply(e, commission, NOW)).toBe('APPLIED');
      expect(proposal.state).toBe(state);
    }
    expect(proposal.props).toMatchObject({
      contractId: CONTRACT,
      activatedAt: examplePayload('ContractActivated').activatedAt,
      terms: { releasedAmount: '10000.00', installmentAmount: '311.36', cetAnnualPercent: '23.57' },
      decision: { outcome: 'APPROVED', parameterVersion: 'inss-2025-04-01' },
      commission: { operationType: 'NEW', percent: '3.00', base: '10000.00', amount: '300.00' },
      averbationFailure: expect.objectContaining({ retryable: true }),
    });
  });

  it('records no commission outside the corban channel', () => {
    const proposal = open(operator, { product: 'PERSONAL' });
    proposal.apply(event('CreditApproved', { product: 'PERSONAL' }), commission, NOW);
    proposal.apply(event('ContractActivated', { product: 'PERSONAL' }), commission, NOW);
    expect(proposal.state).toBe('CONTRACTED');
    expect(proposal.props.commission).toBeUndefined();
  });

  it('keeps the rejection reasons, skipping the margin check', () => {
    const proposal = open(corban);
    expect(proposal.apply(event('CreditRejected'), commission, NOW)).toBe('APPLIED');
    expect(proposal.state).toBe('REJECTED');
    expect(proposal.props.decision?.reasons[0]).toMatchObject({ rule: 'INSS.MARGIN', measured: '612.40', limit: '500.00', message: 'Parcela excede a margem consignável disponível.' });
  });

  it('moves to AVERBATION_FAILED on a final failure, and back when averbation is requested again', () => {
    const proposal = open(corban);
    for (const type of ['MarginChecked', 'CreditApproved', 'AverbationRequested'] as const) proposal.apply(event(type), commission, NOW);
    proposal.apply(event('AverbationFailed', { retryable: false }), commission, NOW);
    expect(proposal.state).toBe('AVERBATION_FAILED');
    proposal.apply(event('AverbationRequested'), commission, NOW);
    expect(proposal.state).toBe('PENDING_AVERBATION');
  });

  it('retries an event ahead of its precondition and ignores a stale one', () => {
    const proposal = open(corban);
    expect(codeOf(() => proposal.apply(event('CreditApproved'), commission, NOW))).toBe('PROPOSAL.EVENT_AHEAD_OF_STATE');
    expect(proposal.state).toBe('PENDING_MARGIN_CHECK');
    proposal.apply(event('CreditRejected'), commission, NOW);
    expect(proposal.apply(event('MarginChecked'), commission, NOW)).toBe('STALE');
    expect(proposal.apply(event('CreditRejected'), commission, NOW)).toBe('STALE');
    expect(proposal.state).toBe('REJECTED');
  });

  it.each([
    ['customerId', event('CreditApproved', { customerId: '00000000-0000-4000-8000-000000000000' })],
    ['contractId', event('ContractActivated', { contractId: '00000000-0000-4000-8000-000000000000' })],
  ])('refuses an event about another %s', (_field, mismatched) => {
    const proposal = open(corban);
    for (const type of ['MarginChecked', 'CreditApproved', 'AverbationRequested'] as const) proposal.apply(event(type), commission, NOW);
    expect(codeOf(() => proposal.apply(mismatched, commission, NOW))).toBe('PROPOSAL.EVENT_MISMATCH');
  });

  it.each([
    [{ channel: 'INTERNAL', operatorId: 'op-9' }, true],
    [{ channel: 'CORBAN', partnerId: ALPHA }, true],
    [{ channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000b2fb' }, false],
    [{ channel: 'DIGITAL' }, false],
  ] as const)('a corban proposal is visible to %j: %s', (principal, visible) => {
    expect(open(corban).isVisibleTo(principal)).toBe(visible);
  });
});

describe('cancellation (R-PR-8)', () => {
  const today = IsoDate.of('2026-03-10');

  it.each([
    [corban, 'CUSTOMER_REQUEST'],
    [{ channel: 'DIGITAL' } as Principal, 'CUSTOMER_REQUEST'],
    [operator, 'OPERATOR'],
  ] as const)('cancels at once before contracting, by %j: %s', (by, reason) => {
    const proposal = open(by);
    expect(proposal.requestCancellation(by, today, NOW, 'desistiu')).toEqual({ kind: 'CANCELLED', reason });
    expect(proposal.state).toBe('CANCELLED');
    expect(proposal.props.cancellation).toMatchObject({ reason, note: 'desistiu', requestedAt: NOW.toISOString() });
  });

  it.each(['REJECTED', 'CANCELLED', 'AVERBATION_FAILED'])('refuses in %s', (state) => {
    const proposal = open(corban);
    if (state === 'REJECTED') proposal.apply(event('CreditRejected'), commission, NOW);
    if (state === 'CANCELLED') proposal.requestCancellation(corban, today, NOW);
    if (state === 'AVERBATION_FAILED') {
      for (const type of ['MarginChecked', 'CreditApproved', 'AverbationRequested'] as const) proposal.apply(event(type), commission, NOW);
      proposal.apply(event('AverbationFailed', { retryable: false }), commission, NOW);
    }
    expect(codeOf(() => proposal.requestCancellation(corban, today, NOW))).toBe('PROPOSAL.ILLEGAL_TRANSITION');
  });

  function contracted(activatedAt: string): Proposal {
    const proposal = open(corban);
    for (const type of ['MarginChecked', 'CreditApproved', 'AverbationRequested'] as const) proposal.apply(event(type), commission, NOW);
    proposal.apply(event('ContractActivated', { activatedAt }), commission, NOW);
    return proposal;
  }

  it('requests the right of regret within 7 days and waits for ContractCancelled', () => {
    const proposal = contracted('2026-03-10T13:00:00.000Z');
    expect(proposal.requestCancellation(corban, IsoDate.of('2026-03-17'), NOW)).toEqual({ kind: 'REGRET_REQUESTED', contractId: CONTRACT });
    expect(proposal.state).toBe('CONTRACTED');
    expect(codeOf(() => proposal.requestCancellation(corban, IsoDate.of('2026-03-17'), NOW))).toBe('PROPOSAL.CANCELLATION_CONFLICT');
    proposal.apply(event('ContractCancelled'), commission, NOW);
    expect(proposal.state).toBe('CANCELLED');
  });

  it('refuses the regret after 7 days', () => {
    const proposal = contracted('2026-03-10T13:00:00.000Z');
    expect(() => proposal.requestCancellation(corban, IsoDate.of('2026-03-18'), NOW)).toThrow(
      expect.objectContaining({ code: 'PROPOSAL.REGRET_PERIOD_EXPIRED', message: 'Prazo de arrependimento de 7 dias expirado', details: { deadline: '2026-03-17' } }),
    );
    expect(proposal.props.cancellation).toBeUndefined();
  });
});
