import { examplePayload, type PayloadOf, type Product } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import { applicant } from '../testing/applicant.fixture';
import { CommissionPolicy } from './commission';
import type { ConsumedEvent, ConsumedEventType } from './consumed-event';
import { Proposal } from './proposal';
import type { ProposalRequest } from './proposal-props';

const CUSTOMER = examplePayload('CreditApproved').customerId;
const CONTRACT = examplePayload('PortabilityTransferRequested').contractId;
const OLD_CONTRACT = '11111111-2222-4333-8444-555555555555';
const NOW = new Date('2026-03-10T13:00:00.000Z');
const TODAY = IsoDate.of('2026-03-10');
const corban: Principal = { channel: 'CORBAN', partnerId: '6f1c2d3e-0000-4000-8000-00000000a1fa' };
const commission = new CommissionPolicy({ NEW: '3.00', REFINANCING: '2.00', PORTABILITY: '1.50' });
const ORIGIN = { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' };
const TERMS = examplePayload('PortabilityBalanceReceived').terms;
const NU = TERMS.portabilityNumber;

const base = { product: 'INSS_CONSIGNADO', termMonths: 30, withInsurance: false, contractDate: TODAY, firstDueDate: IsoDate.of('2026-04-10') } as const;
const portabilityRequest = (product: ProposalRequest['product'] = 'INSS_CONSIGNADO'): ProposalRequest => ({ ...base, product, operationType: 'PORTABILITY', portability: ORIGIN });
const refinancingRequest = (troco: string): ProposalRequest => ({ ...base, operationType: 'REFINANCING', requestedAmount: Money.of(troco), refinancedContractId: OLD_CONTRACT });

const open = (request: ProposalRequest, origin: Principal = corban) => Proposal.open({ id: 'p1', customerId: CUSTOMER, origin, request, correlationId: 'c1' }, applicant(CUSTOMER), NOW);
const event = <T extends ConsumedEventType>(type: T, changes: Partial<PayloadOf<T>> = {}): ConsumedEvent => ({ type, payload: { ...examplePayload(type), ...changes }, occurredAt: NOW.toISOString() }) as ConsumedEvent;
const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

/** A portability approved on the origin's statement (financed = released = the balance, no IOF). */
const portabilityApproval = (product: Product = 'INSS_CONSIGNADO', balance = '7213.55') =>
  event('CreditApproved', { product, operationType: 'PORTABILITY', releasedAmount: balance, financedAmount: balance, iof: '0.00', termMonths: 30, portability: { ...TERMS, balance } });
const portabilityActivation = (product: Product = 'INSS_CONSIGNADO', balance = '7213.55') =>
  event('ContractActivated', { product, operationType: 'PORTABILITY', contractId: CONTRACT, releasedAmount: balance, financedAmount: balance, iof: '0.00' });

function run(proposal: Proposal, steps: Array<[ConsumedEvent, string]>): void {
  for (const [e, state] of steps) {
    expect([e.type, proposal.apply(e, commission, NOW), proposal.state]).toEqual([e.type, 'APPLIED', state]);
  }
}

describe('portability in (R-LN-7, R-LN-11)', () => {
  it('an INSS portability waits for the balance, then the margin, and contracts after the settlement and the averbação', () => {
    const proposal = open(portabilityRequest());
    expect(proposal.state).toBe('PENDING_PORTABILITY_BALANCE');
    expect(proposal.pullEvents()[0].payload).toMatchObject({ operationType: 'PORTABILITY', requestedAmount: '0.00', termMonths: 30, portability: ORIGIN });
    expect(codeOf(() => proposal.apply(event('MarginChecked'), commission, NOW))).toBe('PROPOSAL.EVENT_AHEAD_OF_STATE');
    run(proposal, [
      [event('PortabilityBalanceReceived'), 'PENDING_MARGIN_CHECK'],
      [event('MarginChecked'), 'PENDING_CREDIT_ANALYSIS'],
      [portabilityApproval(), 'APPROVED'],
    ]);
    expect(codeOf(() => proposal.apply(event('AverbationRequested', { operationType: 'PORTABILITY' }), commission, NOW))).toBe('PROPOSAL.EVENT_AHEAD_OF_STATE');
    run(proposal, [
      [event('PortabilityTransferRequested', { amount: '7213.55' }), 'PENDING_PORTABILITY_SETTLEMENT'],
      [event('PortabilityTransferCompleted', { amount: '7213.55' }), 'PENDING_PORTABILITY_SETTLEMENT'],
      [event('AverbationRequested', { operationType: 'PORTABILITY' }), 'PENDING_AVERBATION'],
      [portabilityActivation(), 'CONTRACTED'],
    ]);
    expect(proposal.props).toMatchObject({
      contractId: CONTRACT,
      // 7213.55 × 1.50% = 108.20325 → 108.20 (the ported balance is the base).
      commission: { operationType: 'PORTABILITY', percent: '1.50', base: '7213.55', amount: '108.20' },
      portabilityProgress: {
        portabilityNumber: NU, balance: '7213.55', balanceDate: '2025-02-11', remainingInstallments: 30, originInstallment: '330.00', originMonthlyRate: '0.0199',
        dueBalanceLimitDate: '2025-02-13', retentionOffer: { monthlyRate: '0.0170', installmentAmount: '291.02', termMonths: 30 }, balanceReceivedAt: '2025-02-11T15:00:00.000Z',
        transfer: { amount: '7213.55', requestedAt: '2025-02-12T10:00:00.000Z', completedAt: '2025-02-13T11:00:00.000Z', settlementReceipt: 'QUIT-2025-000981' },
      },
    });
    expect(proposal.props.portabilityProgress?.failure).toBeUndefined();
  });

  it('a servant portability goes straight to analysis and is activated on the settlement, without averbação', () => {
    const proposal = open(portabilityRequest('SERVIDOR_CONSIGNADO'));
    run(proposal, [
      [event('PortabilityBalanceReceived'), 'PENDING_CREDIT_ANALYSIS'],
      [portabilityApproval('SERVIDOR_CONSIGNADO'), 'APPROVED'],
    ]);
    expect(codeOf(() => proposal.apply(portabilityActivation('SERVIDOR_CONSIGNADO'), commission, NOW))).toBe('PROPOSAL.EVENT_AHEAD_OF_STATE');
    run(proposal, [
      [event('PortabilityTransferRequested'), 'PENDING_PORTABILITY_SETTLEMENT'],
      [portabilityActivation('SERVIDOR_CONSIGNADO'), 'CONTRACTED'],
      [event('PortabilityTransferCompleted'), 'CONTRACTED'],
    ]);
    expect(proposal.props.portabilityProgress?.transfer?.completedAt).toBe('2025-02-13T11:00:00.000Z');
  });

  it.each([
    ['the failure first', ['PortabilityRequestFailed', 'CreditRejected']],
    ['the rejection first', ['CreditRejected', 'PortabilityRequestFailed']],
  ] as const)('a failed balance request ends REJECTED with its reason kept, %s', (_order, types) => {
    const proposal = open(portabilityRequest());
    const failed = event('PortabilityRequestFailed');
    const rejected = event('CreditRejected', { operationType: 'PORTABILITY' });
    for (const type of types) expect(proposal.apply(type === 'CreditRejected' ? rejected : failed, commission, NOW)).toBe('APPLIED');
    expect(proposal.state).toBe('REJECTED');
    expect(proposal.props.portabilityProgress?.failure).toEqual({
      stage: 'BALANCE_REQUEST', reason: 'CUSTOMER_RETAINED', code: 'PORTABILITY.RETENCAO_DO_CLIENTE',
      message: 'O cliente aceitou a contraproposta da instituição de origem.', at: '2025-02-12T10:00:00.000Z',
    });
    expect(proposal.props.decision?.outcome).toBe('REJECTED');
  });

  it.each([
    ['the failure first', ['PortabilityTransferFailed', 'ContractCancelled']],
    ['the cancellation first', ['ContractCancelled', 'PortabilityTransferFailed']],
  ] as const)('a failed transfer ends CANCELLED (PORTABILITY_FAILED) with its reason kept, %s', (_order, types) => {
    const proposal = open(portabilityRequest());
    run(proposal, [
      [event('PortabilityBalanceReceived'), 'PENDING_MARGIN_CHECK'],
      [event('MarginChecked'), 'PENDING_CREDIT_ANALYSIS'],
      [portabilityApproval(), 'APPROVED'],
      [event('PortabilityTransferRequested'), 'PENDING_PORTABILITY_SETTLEMENT'],
    ]);
    const cancelled = event('ContractCancelled', { reason: 'PORTABILITY_FAILED', averbationRegistered: false, cancelledAt: '2025-02-13T11:00:01.000Z' });
    for (const type of types) expect(proposal.apply(type === 'ContractCancelled' ? cancelled : event('PortabilityTransferFailed'), commission, NOW)).toBe('APPLIED');
    expect(proposal.state).toBe('CANCELLED');
    expect(proposal.props.contractCancellation).toEqual({ reason: 'PORTABILITY_FAILED', cancelledAt: '2025-02-13T11:00:01.000Z' });
    expect(proposal.props.portabilityProgress?.failure).toMatchObject({ stage: 'TRANSFER', reason: 'FUNDS_RETURNED', code: 'PORTABILITY.STR0048', message: 'A instituição de origem devolveu a transferência.' });
  });

  it('the customer cancels while the balance is pending, or until the origin confirms the settlement', () => {
    const waiting = open(portabilityRequest());
    waiting.pullEvents();
    expect(waiting.requestCancellation(corban, TODAY, NOW)).toEqual({ kind: 'CANCELLED', reason: 'CUSTOMER_REQUEST' });
    expect(waiting.pullEvents()[0].payload).toEqual({ proposalId: 'p1', customerId: CUSTOMER, reason: 'CUSTOMER_REQUEST', requestedAt: NOW.toISOString() });

    const settling = open(portabilityRequest('SERVIDOR_CONSIGNADO'));
    run(settling, [
      [event('PortabilityBalanceReceived'), 'PENDING_CREDIT_ANALYSIS'],
      [portabilityApproval('SERVIDOR_CONSIGNADO'), 'APPROVED'],
      [event('PortabilityTransferRequested'), 'PENDING_PORTABILITY_SETTLEMENT'],
    ]);
    expect(settling.requestCancellation(corban, TODAY, NOW)).toEqual({ kind: 'CANCELLED', reason: 'CUSTOMER_REQUEST' });
    expect(settling.apply(event('ContractCancelled', { reason: 'CUSTOMER_REQUEST' }), commission, NOW)).toBe('STALE');
    expect(settling.state).toBe('CANCELLED');
  });

  it('refuses the cancellation once the origin confirmed the settlement, nothing raised', () => {
    const proposal = open(portabilityRequest());
    run(proposal, [
      [event('PortabilityBalanceReceived'), 'PENDING_MARGIN_CHECK'],
      [event('MarginChecked'), 'PENDING_CREDIT_ANALYSIS'],
      [portabilityApproval(), 'APPROVED'],
      [event('PortabilityTransferRequested'), 'PENDING_PORTABILITY_SETTLEMENT'],
      [event('PortabilityTransferCompleted'), 'PENDING_PORTABILITY_SETTLEMENT'],
    ]);
    proposal.pullEvents();
    expect(codeOf(() => proposal.requestCancellation(corban, TODAY, NOW))).toBe('PROPOSAL.PORTABILITY_ALREADY_SETTLED');
    proposal.apply(event('AverbationRequested', { operationType: 'PORTABILITY' }), commission, NOW);
    expect(codeOf(() => proposal.requestCancellation(corban, TODAY, NOW))).toBe('PROPOSAL.PORTABILITY_ALREADY_SETTLED');
    expect([proposal.state, proposal.props.cancellation, proposal.pullEvents()]).toEqual(['PENDING_AVERBATION', undefined, []]);
  });

  it.each([
    ['a portability event for a new loan', () => open({ ...base, operationType: 'NEW', requestedAmount: Money.of('1000.00') }), event('PortabilityBalanceReceived')],
    ['another portability number', () => open(portabilityRequest()), event('PortabilityRequestFailed', { portabilityNumber: '202502110000000099999' })],
    ['another operation type', () => open(portabilityRequest()), event('CreditRejected', { operationType: 'NEW' })],
  ])('refuses %s (EVENT_MISMATCH)', (_name, opened, mismatched) => {
    const proposal = opened();
    if (proposal.props.request.operationType === 'PORTABILITY') proposal.apply(event('PortabilityBalanceReceived'), commission, NOW);
    expect(codeOf(() => proposal.apply(mismatched, commission, NOW))).toBe('PROPOSAL.EVENT_MISMATCH');
  });

  it('a digital portability waits for the balance once its documents are in', () => {
    const proposal = open(portabilityRequest(), { channel: 'DIGITAL', customerId: CUSTOMER });
    expect(proposal.state).toBe('PENDING_DOCUMENTS');
    proposal.attachDocument('SELFIE', applicant(CUSTOMER), NOW);
    proposal.attachDocument('ID_FRONT', applicant(CUSTOMER), NOW);
    expect(proposal.state).toBe('PENDING_PORTABILITY_BALANCE');
  });
});

describe('refinancing (R-LN-6)', () => {
  const refinancing = { contractId: OLD_CONTRACT, payoffDate: '2026-03-10', payoff: '7563.47', troco: '1200.00' };
  const approval = event('CreditApproved', { operationType: 'REFINANCING', refinancedContractId: OLD_CONTRACT, refinancing, releasedAmount: '8763.47' });

  it('a troco of 0.00 is submitted as such', () => {
    const proposal = open(refinancingRequest('0.00'));
    expect(proposal.state).toBe('PENDING_MARGIN_CHECK');
    expect(proposal.pullEvents()[0].payload).toMatchObject({ operationType: 'REFINANCING', requestedAmount: '0.00', refinancedContractId: OLD_CONTRACT });
  });

  it('keeps the refinancing terms from the approval and pays the commission on payoff + troco', () => {
    const proposal = open(refinancingRequest('1200.00'));
    run(proposal, [
      [event('MarginChecked'), 'PENDING_CREDIT_ANALYSIS'],
      [approval, 'APPROVED'],
      [event('AverbationRequested', { operationType: 'REFINANCING', refinancedContractId: OLD_CONTRACT }), 'PENDING_AVERBATION'],
      [event('ContractActivated', { operationType: 'REFINANCING', refinancedContractId: OLD_CONTRACT, refinancing, releasedAmount: '8763.47' }), 'CONTRACTED'],
    ]);
    // (7563.47 + 1200.00) × 2.00% = 175.2694 → 175.27.
    expect(proposal.props).toMatchObject({ refinancing, commission: { operationType: 'REFINANCING', percent: '2.00', base: '8763.47', amount: '175.27' } });
  });

  it('a troco of 0.00 still earns the commission, on the payoff alone', () => {
    const noTroco = { ...refinancing, troco: '0.00' };
    const proposal = open(refinancingRequest('0.00'));
    const activated = event('ContractActivated', { operationType: 'REFINANCING', refinancedContractId: OLD_CONTRACT, refinancing: noTroco, releasedAmount: '7563.47' });
    for (const e of [event('MarginChecked'), approval, event('AverbationRequested', { operationType: 'REFINANCING' }), activated]) proposal.apply(e, commission, NOW);
    // 7563.47 × 2.00% = 151.2694 → 151.27; the activation's refinancing terms replace the approval's.
    expect(proposal.props).toMatchObject({ state: 'CONTRACTED', refinancing: noTroco, commission: { base: '7563.47', amount: '151.27' } });
  });

  it('a refinancing loan refuses ends CANCELLED with REFINANCING_REFUSED', () => {
    const proposal = open(refinancingRequest('0.00'));
    run(proposal, [
      [event('MarginChecked'), 'PENDING_CREDIT_ANALYSIS'],
      [approval, 'APPROVED'],
      [event('ContractCancelled', { reason: 'REFINANCING_REFUSED', averbationRegistered: false }), 'CANCELLED'],
    ]);
    expect(proposal.props.contractCancellation?.reason).toBe('REFINANCING_REFUSED');
    expect(proposal.props.refinancing).toEqual(refinancing);
  });
});
