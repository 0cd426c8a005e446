import { examplePayload } from '@consignado/contracts';
import { inssApproval } from '../../../../test/fixtures/approvals';
import { booked, CONTRACT_ID, expectValid, NOW, only } from '../../../../test/fixtures/contracts';
import { answerPortabilityOut } from './portability-out';
import { refinancingRefusal } from './refinancing';

const CLAIM_ID = '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e';
const LATER = new Date('2026-04-20T09:00:00.000Z');
const judicial = { reason: 'JUDICIAL_ORDER' as const, note: 'Ofício 1234/2026, 2ª Vara Cível', operatorId: 'fabio.riscos', claimId: CLAIM_ID };
const blocked = () => {
  const contract = booked();
  contract.block(judicial, NOW);
  return contract;
};

describe('block and unblock (seed 003 §4.9, R-LN-8)', () => {
  it('blocks an ACTIVE contract: the position carries the block, ContractBlocked its reason and operator at that revision, never the note', () => {
    const contract = booked();
    const revision = contract.snapshot.revision;
    contract.block(judicial, NOW);
    const events = contract.pullEvents();
    expectValid(events);
    expect(events.map((e) => e.type)).toEqual(['ContractPositionChanged', 'ContractBlocked']);
    expect(only(events, 'ContractBlocked')).toEqual({
      contractId: CONTRACT_ID, customerId: contract.snapshot.customerId, revision: revision + 1, reason: 'JUDICIAL_ORDER', operatorId: 'fabio.riscos', blockedAt: NOW.toISOString(),
    });
    expect(only(events, 'ContractPositionChanged')).toMatchObject({ revision: revision + 1, block: { reason: 'JUDICIAL_ORDER', since: NOW.toISOString() } });
    expect(JSON.stringify(events)).not.toContain('Ofício');
  });

  it('unblocks: the history keeps both notes, the next position has no block, ContractUnblocked names the lifted reason', () => {
    const contract = blocked();
    contract.pullEvents();
    contract.unblock({ note: 'Ordem revogada', operatorId: 'fabio.riscos' }, LATER);
    const events = contract.pullEvents();
    expectValid(events);
    expect(only(events, 'ContractUnblocked')).toMatchObject({ reason: 'JUDICIAL_ORDER', revision: contract.snapshot.revision, unblockedAt: LATER.toISOString() });
    expect(only(events, 'ContractPositionChanged')).not.toHaveProperty('block');
    expect(contract.currentBlock).toBeUndefined();
    expect(contract.snapshot.blocks).toEqual([{ ...{ reason: 'JUDICIAL_ORDER', note: judicial.note, blockedBy: 'fabio.riscos', blockedAt: NOW }, lifted: { note: 'Ordem revogada', by: 'fabio.riscos', at: LATER } }]);
    // Lifted, it may be blocked again, for another reason.
    contract.block({ ...judicial, reason: 'FRAUD_SUSPECTED' }, LATER);
    expect(contract.currentBlock?.reason).toBe('FRAUD_SUSPECTED');
  });

  it('refuses a second block, and raises nothing', () => {
    const contract = blocked();
    contract.pullEvents();
    const revision = contract.snapshot.revision;
    expect(() => contract.block({ ...judicial, reason: 'DEATH' }, LATER)).toThrow(expect.objectContaining({ code: 'CONTRACT.ALREADY_BLOCKED' }));
    expect([contract.snapshot.revision, contract.pullEvents(), contract.currentBlock?.reason]).toEqual([revision, [], 'JUDICIAL_ORDER']);
  });

  it('refuses an unblock of a contract not blocked, and raises nothing', () => {
    const contract = booked();
    expect(() => contract.unblock({ note: 'Nada a desbloquear', operatorId: 'fabio.riscos' }, LATER)).toThrow(expect.objectContaining({ code: 'CONTRACT.NOT_BLOCKED' }));
    expect(contract.pullEvents()).toEqual([]);
  });

  it('blocks only a contract in force: one waiting for its averbação is CONTRACT.NOT_BLOCKABLE', () => {
    const pending = booked(inssApproval());
    expect(pending.status).toBe('PENDING_AVERBATION');
    expect(() => pending.block(judicial, NOW)).toThrow(expect.objectContaining({ code: 'CONTRACT.NOT_BLOCKABLE', details: { contractId: CONTRACT_ID, status: 'PENDING_AVERBATION' } }));
    expect(pending.snapshot.blocks).toEqual([]);
  });

  it('refuses a portability out with CONTRATO_BLOQUEADO, not telling the other bank why', () => {
    const request = { ...examplePayload('PortabilityOutRequested'), contractId: CONTRACT_ID, balanceDate: '2026-05-25' };
    expect(answerPortabilityOut(request, blocked().snapshot, '0', NOW)).toMatchObject({ outcome: 'REFUSED', refusalCode: 'CONTRATO_BLOQUEADO' });
    expect(answerPortabilityOut(request, blocked().snapshot, '0', NOW).refusalMessage).not.toMatch(/judicial/);
  });

  it('refuses to book a refinancing of a blocked contract', () => {
    const old = blocked().snapshot;
    const approval = { ...examplePayload('CreditApproved'), customerId: old.customerId, operationType: 'REFINANCING' as const, refinancedContractId: old.id };
    expect(refinancingRefusal(approval, old, undefined)).toMatchObject({ code: 'CONTRACT.REFINANCED_CONTRACT_BLOCKED', message: 'Contrato a refinanciar está bloqueado: refinanciamento suspenso até o desbloqueio.' });
  });
});
