import { examplePayload, type PayloadOf } from '@consignado/contracts';
import { IsoDate, Money } from '@consignado/finance';
import type { Principal } from '../../access/domain/principal';
import { applicant } from '../testing/applicant.fixture';
import { CommissionPolicy } from './commission';
import type { ConsumedEvent, ConsumedEventType } from './consumed-event';
import { AcceptanceWindow } from './formalization';
import { ACCEPTANCE_EXPIRY, Proposal } from './proposal';

const { proposalId, customerId, contractId, documentHash, issuedAt } = examplePayload('ContractIssued');
const ALPHA = examplePayload('ProposalCreated').partnerId ?? '';
const corban: Principal = { channel: 'CORBAN', partnerId: ALPHA };
const customer: Principal = { channel: 'DIGITAL', customerId };
const commission = new CommissionPolicy({ NEW: '3.00', REFINANCING: '2.00', PORTABILITY: '1.50' });
const window = new AcceptanceWindow(60);
const at = (iso: string) => new Date(iso);
const INSIDE = at('2025-02-10T13:30:00.000Z');
const LATE = at('2025-02-10T14:20:01.001Z');
const event = <T extends ConsumedEventType>(type: T, changes: Partial<PayloadOf<T>> = {}) => ({ type, payload: { ...examplePayload(type), ...changes }, occurredAt: issuedAt }) as ConsumedEvent;

/** A corban INSS proposal approved (and, unless told, with its contract issued). */
function approved(issue = true): Proposal {
  const request = { product: 'INSS_CONSIGNADO', operationType: 'NEW', requestedAmount: Money.of('10000.00'), termMonths: 48, withInsurance: false, contractDate: IsoDate.of('2025-02-10'), firstDueDate: IsoDate.of('2025-03-10') } as const;
  const proposal = Proposal.open({ id: proposalId, customerId, origin: corban, request, correlationId: 'c' }, applicant(customerId), at(issuedAt));
  for (const type of ['MarginChecked', 'CreditApproved', ...(issue ? ['ContractIssued' as const] : [])] as const) proposal.apply(event(type), commission, at(issuedAt), window);
  proposal.pullEvents();
  return proposal;
}

const codeOf = (fn: () => unknown): string => {
  try {
    fn();
    return 'no error';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('contract acceptance (R-LN-9)', () => {
  it('records ContractIssued in APPROVED without moving: the contract, its CCB hash and the deadline', () => {
    const proposal = approved();
    expect(proposal.state).toBe('APPROVED');
    expect(proposal.props).toMatchObject({ contractId, formalization: { contractId, documentHash, issuedAt, acceptBy: '2025-02-10T14:20:01.000Z' } });
  });

  it('accepts the issued document once: acceptance recorded, ProposalAccepted raised with who, when and the channel', () => {
    const proposal = approved();
    expect(proposal.accept(documentHash, customer, INSIDE)).toBe(true);
    const acceptance = { acceptedAt: INSIDE.toISOString(), channel: 'DIGITAL', acceptedBy: customerId };
    expect(proposal.props.formalization?.acceptance).toEqual(acceptance);
    expect(proposal.pullEvents()).toEqual([{ type: 'ProposalAccepted', by: customer, payload: { proposalId, contractId, customerId, documentHash, ...acceptance } }]);
    expect(proposal.accept(documentHash, corban, LATE)).toBe(false);
    expect(proposal.pullEvents()).toEqual([]);
    expect(proposal.props.formalization?.acceptance).toEqual(acceptance);
  });

  it.each([
    ['another document', () => approved().accept('f'.repeat(64), corban, INSIDE), 'PROPOSAL.DOCUMENT_MISMATCH'],
    ['no contract issued yet', () => approved(false).accept(documentHash, corban, INSIDE), 'PROPOSAL.NOT_AWAITING_ACCEPTANCE'],
    ['after the window', () => approved().accept(documentHash, corban, LATE), 'PROPOSAL.ACCEPTANCE_EXPIRED'],
    ['cancelled by the customer', () => ((p) => (p.requestCancellation(corban, IsoDate.of('2025-02-10'), INSIDE), p.accept(documentHash, corban, INSIDE)))(approved()), 'PROPOSAL.NOT_AWAITING_ACCEPTANCE'],
    ['already accepted by another document', () => ((p) => (p.accept(documentHash, corban, INSIDE), p.accept('f'.repeat(64), corban, INSIDE)))(approved()), 'PROPOSAL.NOT_AWAITING_ACCEPTANCE'],
  ] as const)('refuses %s (%s), changing nothing', (_case, accept, code) => {
    expect(codeOf(accept)).toBe(code);
  });

  it('a refusal leaves the proposal untouched and raises nothing', () => {
    const proposal = approved();
    const before = proposal.props;
    expect(codeOf(() => proposal.accept('0'.repeat(64), corban, INSIDE))).toBe('PROPOSAL.DOCUMENT_MISMATCH');
    expect([proposal.props, proposal.pullEvents()]).toEqual([before, []]);
  });

  it('expires an unaccepted proposal past its deadline: CANCELLED (ACCEPTANCE_EXPIRED) and ProposalCancelled by the system; acceptance then refused', () => {
    const proposal = approved();
    expect(proposal.expireAcceptance(at('2025-02-10T14:20:01.000Z'))).toBe(false);
    expect(proposal.expireAcceptance(LATE)).toBe(true);
    expect(proposal.state).toBe('CANCELLED');
    expect(proposal.props.cancellation).toEqual({ reason: 'ACCEPTANCE_EXPIRED', requestedAt: LATE.toISOString(), requestedBy: ACCEPTANCE_EXPIRY });
    expect(proposal.pullEvents()).toEqual([{ type: 'ProposalCancelled', by: { channel: 'SYSTEM' }, payload: { proposalId, customerId, reason: 'ACCEPTANCE_EXPIRED', requestedAt: LATE.toISOString() } }]);
    expect(codeOf(() => proposal.accept(documentHash, corban, LATE))).toBe('PROPOSAL.ACCEPTANCE_EXPIRED');
    expect(proposal.expireAcceptance(LATE)).toBe(false);
  });

  it('never expires an accepted proposal, one without a contract issued, or one booked meanwhile', () => {
    const accepted = approved();
    accepted.accept(documentHash, corban, INSIDE);
    const booked = approved();
    booked.apply(event('AverbationRequested'), commission, INSIDE, window);
    for (const proposal of [accepted, approved(false), booked]) expect(proposal.expireAcceptance(LATE)).toBe(false);
  });

  it('records a ContractIssued that comes after the booking as stale, and a later issue never replaces the accepted document', () => {
    const booked = approved(false);
    booked.apply(event('AverbationRequested'), commission, INSIDE, window);
    expect(booked.apply(event('ContractIssued'), commission, INSIDE, window)).toBe('STALE');
    const accepted = approved();
    accepted.accept(documentHash, corban, INSIDE);
    accepted.apply(event('ContractIssued', { documentHash: 'e'.repeat(64) }), commission, INSIDE, window);
    expect(accepted.props.formalization?.documentHash).toBe(documentHash);
  });
});
