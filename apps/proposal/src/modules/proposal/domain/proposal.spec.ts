import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import { CommissionPolicy } from './commission';
import type { ConsumedEvent, ConsumedEventType } from './consumed-event';
import { Proposal } from './proposal';
import type { ProposalRequest } from './proposal-props';
import { applicant } from '../testing/applicant.fixture';

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
  return Proposal.open({ id: 'p1', customerId: CUSTOMER, origin, request: request(overrides), correlationId: 'c1' }, applicant(CUSTOMER), NOW);
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
    [{ channel: 'DIGITAL', customerId: CUSTOMER } as Principal, {}, 'PENDING_DOCUMENTS', false],
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
    const proposal = open({ channel: 'DIGITAL', customerId: CUSTOMER }, { product: 'PERSONAL' });
    expect(proposal.attachDocument('PROOF_OF_INCOME', applicant(CUSTOMER), NOW)).toBe(false);
    expect(proposal.attachDocument('SELFIE', applicant(CUSTOMER), NOW)).toBe(false);
    expect(proposal.state).toBe('PENDING_DOCUMENTS');
    expect(proposal.attachDocument('ID_FRONT', applicant(CUSTOMER), NOW)).toBe(true);
    expect(proposal.state).toBe('PENDING_CREDIT_ANALYSIS');
    expect(proposal.attachDocument('ID_BACK', applicant(CUSTOMER), NOW)).toBe(false);
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
    [{ channel: 'DIGITAL', customerId: 'another-customer' }, false],
    [{ channel: 'DIGITAL', customerId: CUSTOMER }, true],
  ] as const)('a corban proposal is visible to %j: %s', (principal, visible) => {
    expect(open(corban).isVisibleTo(principal)).toBe(visible);
  });
});

describe('cancellation (R-PR-8)', () => {
  const today = IsoDate.of('2026-03-10');

  it.each([
    [corban, 'CUSTOMER_REQUEST'],
    [{ channel: 'DIGITAL', customerId: CUSTOMER } as Principal, 'CUSTOMER_REQUEST'],
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

describe('events the proposal raises (R-EV-1, R-EV-5)', () => {
  it('corban and internal proposals raise ProposalCreated at once, with the applicant\'s data and the caller', () => {
    const proposal = open(corban);
    expect(proposal.pullEvents()).toEqual([
      {
        type: 'ProposalCreated',
        by: corban,
        payload: {
          proposalId: 'p1', customerId: CUSTOMER, cpf: '52998224725', product: 'INSS_CONSIGNADO', operationType: 'NEW', channel: 'CORBAN', partnerId: ALPHA,
          requestedAmount: '10000.00', termMonths: 96, withInsurance: false, contractDate: '2026-03-10', firstDueDate: '2026-04-10',
          birthDate: '1958-06-21', monthlyIncome: '2000.00', linkType: 'APOSENTADO',
          benefit: { number: '1234567890', kind: 'APOSENTADORIA_POR_IDADE', value: '2000.00', startDate: '2020-01-15' },
        },
      },
    ]);
    expect(proposal.pullEvents()).toEqual([]);
  });

  it('a digital proposal raises ProposalCreated only when its documents submit it', () => {
    const proposal = open({ channel: 'DIGITAL', customerId: CUSTOMER }, { product: 'PERSONAL' });
    proposal.attachDocument('SELFIE', applicant(CUSTOMER), NOW);
    expect(proposal.pullEvents()).toEqual([]);
    proposal.attachDocument('ID_FRONT', applicant(CUSTOMER), NOW);
    expect(proposal.pullEvents()).toEqual([expect.objectContaining({ type: 'ProposalCreated', by: { channel: 'DIGITAL', customerId: CUSTOMER }, payload: expect.objectContaining({ channel: 'DIGITAL', product: 'PERSONAL' }) })]);
  });

  it.each([
    [operator, 'OPERATOR', { note: 'cliente desistiu' }],
    [corban, 'CUSTOMER_REQUEST', {}],
  ] as const)('a cancellation by %j raises ProposalCancelled (%s); only an operator\'s note travels', (by, reason, note) => {
    const proposal = open(by);
    proposal.pullEvents();
    proposal.requestCancellation(by, IsoDate.of('2026-03-10'), NOW, 'cliente desistiu');
    expect(proposal.pullEvents()).toEqual([{ type: 'ProposalCancelled', by, payload: { proposalId: 'p1', customerId: CUSTOMER, reason, requestedAt: NOW.toISOString(), ...note } }]);
  });

  it('the right of regret raises ProposalCancelled naming the contract', () => {
    const proposal = open(corban);
    for (const type of ['MarginChecked', 'CreditApproved', 'AverbationRequested'] as const) proposal.apply(event(type), commission, NOW);
    proposal.apply(event('ContractActivated', { activatedAt: '2026-03-10T13:00:00.000Z' }), commission, NOW);
    proposal.pullEvents();
    proposal.requestCancellation(corban, IsoDate.of('2026-03-12'), NOW);
    expect(proposal.pullEvents()).toEqual([{ type: 'ProposalCancelled', by: corban, payload: { proposalId: 'p1', customerId: CUSTOMER, reason: 'RIGHT_OF_REGRET', contractId: CONTRACT, requestedAt: NOW.toISOString() } }]);
  });
});
