import { examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { IsoDate, Money } from '@consignado/finance';
import { CommissionPolicy } from '../domain/commission';
import { Proposal } from '../domain/proposal';
import type { ProposalRequest } from '../domain/proposal-props';
import { applicant } from '../testing/applicant.fixture';
import { proposalResultCodec } from './proposal-result.codec';
import { toDomain as domainOf, toRow as rowOf } from './proposal.mapper';
import type { ProposalRow } from './proposal.orm-entity';

const CUSTOMER = examplePayload('CreditApproved').customerId;
const cipher = new FieldCipher(DEV_PII_KEY_RING);
const toRow = (proposal: Proposal) => rowOf(proposal, cipher);
const toDomain = (row: ProposalRow) => domainOf(row, cipher);
const PROPOSAL_RESULT = proposalResultCodec(cipher);
const NOW = new Date('2026-03-10T13:00:00.000Z');
const commission = new CommissionPolicy({ NEW: '3', REFINANCING: '2', PORTABILITY: '1.5' });
const base = { product: 'INSS_CONSIGNADO', termMonths: 30, withInsurance: false, contractDate: IsoDate.of('2026-03-10'), firstDueDate: IsoDate.of('2026-04-10') } as const;
const open = (request: ProposalRequest) => Proposal.open({ id: 'p1', customerId: CUSTOMER, origin: { channel: 'INTERNAL', operatorId: 'op-1' }, request, correlationId: 'c1' }, applicant(CUSTOMER), NOW);
const at = (type: 'PortabilityBalanceReceived' | 'PortabilityRequestFailed' | 'CreditRejected' | 'MarginChecked' | 'CreditApproved' | 'ContractCancelled' | 'ContractIssued', changes: object = {}) =>
  ({ type, payload: { ...examplePayload(type), ...changes }, occurredAt: NOW.toISOString() }) as Parameters<Proposal['apply']>[0];

describe('proposal row mapping (life cycle)', () => {
  it('stores a portability without an amount as 0.00 and reads it back as none, with its progress', () => {
    const proposal = open({ ...base, operationType: 'PORTABILITY', portability: { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' } });
    proposal.apply(at('PortabilityBalanceReceived'), commission, NOW);
    proposal.apply(at('PortabilityRequestFailed'), commission, NOW);
    proposal.apply(at('CreditRejected', { operationType: 'PORTABILITY' }), commission, NOW);
    const row = toRow(proposal);
    expect(row.requestedAmount).toBe('0.00');
    expect(toDomain(row).props).toEqual(proposal.props);
    expect(toDomain(row).props.request.requestedAmount).toBeUndefined();
    expect(PROPOSAL_RESULT.decode(JSON.parse(JSON.stringify(PROPOSAL_RESULT.encode(proposal)))).props).toEqual(proposal.props);
  });

  it('keeps a refinancing troco of 0.00, its approved terms and why the contract was cancelled', () => {
    const refinancing = { contractId: examplePayload('ContractActivated').contractId, payoffDate: '2026-03-10', payoff: '7563.47', troco: '0.00' };
    const proposal = open({ ...base, operationType: 'REFINANCING', requestedAmount: Money.of('0.00'), refinancedContractId: refinancing.contractId });
    proposal.apply(at('MarginChecked'), commission, NOW);
    proposal.apply(at('CreditApproved', { operationType: 'REFINANCING', refinancing }), commission, NOW);
    proposal.apply(at('ContractCancelled', { reason: 'REFINANCING_REFUSED' }), commission, NOW);
    const restored = toDomain(toRow(proposal)).props;
    expect(restored).toEqual(proposal.props);
    expect([restored.request.requestedAmount?.toString(), restored.refinancing, restored.contractCancellation?.reason]).toEqual(['0.00', refinancing, 'REFINANCING_REFUSED']);
  });

  it('keeps the issued contract and its acceptance, due for acceptance until accepted (R-LN-9)', () => {
    const proposal = open({ ...base, operationType: 'NEW', requestedAmount: Money.of('1000.00') });
    for (const type of ['MarginChecked', 'CreditApproved'] as const) proposal.apply(at(type), commission, NOW);
    proposal.apply(at('ContractIssued', { issuedAt: NOW.toISOString() }), commission, NOW);
    const { documentHash } = examplePayload('ContractIssued');
    expect(toRow(proposal).acceptanceDueAt).toEqual(new Date('2026-03-13T13:00:00.000Z'));
    expect(toDomain(toRow(proposal)).props).toEqual(proposal.props);
    proposal.accept(documentHash, { channel: 'INTERNAL', operatorId: 'op-1' }, NOW);
    const row = toRow(proposal);
    expect(row.acceptanceDueAt).toBeNull();
    expect(toDomain(row).props).toEqual(proposal.props);
    expect(PROPOSAL_RESULT.decode(JSON.parse(JSON.stringify(PROPOSAL_RESULT.encode(proposal)))).props).toEqual(proposal.props);
  });
});
