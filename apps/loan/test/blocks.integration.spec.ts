import { randomUUID } from 'node:crypto';
import { examplePayload } from '@consignado/contracts';
import { bearer, testIdentity } from '@consignado/testing';
import { handWorkedApproval, inssApproval } from './fixtures/approvals';
import { startLoan, type LoanHarness } from './harness';
import { opsToken, type Reply } from './support';

/**
 * Block and unblock on the real stack (seed 003 §4.9, R-LN-8): staff with CONTRACT_BLOCKER only,
 * audited, idempotent by key; the events on Kafka; a blocked contract refuses a portability out
 * and a refinancing booked against it.
 */
describe('loan: blocking a contract on the real stack', () => {
  let loan: LoanHarness;
  const blocker = () => testIdentity().staffToken('fabio.riscos');
  const judicial = { reason: 'JUDICIAL_ORDER', note: 'Ofício 1234/2026 da 2ª Vara Cível de Campinas' };

  beforeAll(async () => {
    loan = await startLoan(['ContractActivated', 'ContractBlocked', 'ContractUnblocked', 'ContractPositionChanged', 'ContractCancelled', 'PortabilityOutAnswered']);
  });
  afterAll(async () => loan?.close());

  async function post(path: string, body: unknown, token: string, key?: string): Promise<Reply> {
    const res = await fetch(`${loan.service.baseUrl}${path}`, {
      method: 'POST', body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...bearer(token), ...(key ? { 'idempotency-key': key } : {}) },
    });
    return { status: res.status, body: await res.json(), headers: res.headers };
  }
  async function active(): Promise<any> {
    const approved = await loan.publish('CreditApproved', handWorkedApproval());
    await loan.accept(approved.aggregateId);
    const activated = await loan.event('ContractActivated', (e) => e.payload.proposalId === approved.aggregateId);
    return loan.contract(activated.aggregateId);
  }

  it('blocks with a reason and a note: ContractBlocked and the position with the block, the contract view shows it, a replay answers the same', async () => {
    const view = await active();
    const key = randomUUID();
    const first = await post(`/v1/contracts/${view.id}/block`, judicial, await blocker(), key);
    expect(first.status).toBe(201);
    expect(first.body).toMatchObject({ contractId: view.id, status: 'ACTIVE', blocked: true, blocks: [{ reason: 'JUDICIAL_ORDER', note: judicial.note, blockedBy: 'fabio.riscos' }] });
    const blocked = await loan.event('ContractBlocked', (e) => e.aggregateId === view.id);
    expect(blocked.payload).toMatchObject({ reason: 'JUDICIAL_ORDER', operatorId: 'fabio.riscos', revision: view.revision + 1 });
    const position = await loan.event('ContractPositionChanged', (e) => e.aggregateId === view.id && e.payload.revision === view.revision + 1);
    expect(position.payload.block).toEqual({ reason: 'JUDICIAL_ORDER', since: blocked.payload.blockedAt });
    // The note stays in loan: sealed at rest, on no event.
    expect(JSON.stringify([blocked, position])).not.toContain('Ofício');
    expect(JSON.stringify(await loan.sql('SELECT blocks FROM contract WHERE id = $1', [view.id]))).not.toContain('Ofício');
    expect((await loan.contract(view.id)).block).toEqual({ reason: 'JUDICIAL_ORDER', since: blocked.payload.blockedAt });
    const replay = await post(`/v1/contracts/${view.id}/block`, judicial, await blocker(), key);
    expect([replay.status, replay.body]).toEqual([200, first.body]);
    expect((await post(`/v1/contracts/${view.id}/block`, { ...judicial, reason: 'DEATH' }, await blocker(), key)).body.code).toBe('CONTRACT.IDEMPOTENCY_CONFLICT');
    expect(loan.events('ContractBlocked', (e) => e.aggregateId === view.id)).toHaveLength(1);
    expect((await loan.sql("SELECT action, actor, status FROM audit_entry WHERE path = $1 ORDER BY id", [`/v1/contracts/${view.id}/block`]))[0]).toEqual({ action: 'contract.block', actor: 'fabio.riscos', status: 201 });
  });

  it('refuses the wrong caller, bad input and illegal moves with codes, writing nothing', async () => {
    const view = await active();
    const ops = await opsToken();
    expect((await post(`/v1/contracts/${view.id}/block`, judicial, ops)).body.code).toBe('AUTH.ROLE_REQUIRED');
    const customer = (await testIdentity().customerSession('52998224725')).accessToken;
    expect((await post(`/v1/contracts/${view.id}/block`, judicial, customer)).status).toBe(403);
    const bad = await post(`/v1/contracts/${view.id}/block`, { reason: 'BORED', note: ' ' }, await blocker());
    expect([bad.status, bad.body.code]).toEqual([400, 'REQUEST.INVALID_BODY']);
    expect((await post(`/v1/contracts/not-a-uuid/block`, judicial, await blocker())).body.code).toBe('CONTRACT.NOT_FOUND');
    expect((await post(`/v1/contracts/${randomUUID()}/block`, judicial, await blocker())).status).toBe(404);
    const notBlocked = await post(`/v1/contracts/${view.id}/unblock`, { note: 'nada' }, await blocker());
    expect([notBlocked.status, notBlocked.body.code, notBlocked.body.detail]).toEqual([422, 'CONTRACT.NOT_BLOCKED', 'Contrato não está bloqueado.']);
    const approved = await loan.publish('CreditApproved', inssApproval());
    const pending = await loan.waitFor(async () => (await loan.sql('SELECT id FROM contract WHERE proposal_id = $1', [approved.aggregateId]))[0], 'INSS contract booked');
    expect((await post(`/v1/contracts/${pending.id}/block`, judicial, await blocker())).body.code).toBe('CONTRACT.NOT_BLOCKABLE');
    expect(await loan.sql('SELECT blocks FROM contract WHERE id = ANY($1)', [[view.id, pending.id]])).toEqual([{ blocks: null }, { blocks: null }]);
    expect(loan.events('ContractBlocked', (e) => e.aggregateId === view.id || e.aggregateId === pending.id)).toHaveLength(0);
  });

  it('while blocked refuses a portability out and a refinancing; unblocked, a portability out gets its balance', async () => {
    const view = await active();
    await post(`/v1/contracts/${view.id}/block`, { reason: 'FRAUD_SUSPECTED', note: 'Documento divergente' }, await blocker());
    const request = (nu: string) => ({ ...examplePayload('PortabilityOutRequested'), contractId: view.id, portabilityNumber: nu, balanceDate: '2026-05-25', answerDeadline: '2026-05-29' });
    await loan.publish('PortabilityOutRequested', request('202605250000000000901'));
    const refused = await loan.event('PortabilityOutAnswered', (e) => e.payload.portabilityNumber === '202605250000000000901');
    expect(refused.payload).toMatchObject({ outcome: 'REFUSED', refusalCode: 'CONTRATO_BLOQUEADO' });
    const refinancing = inssApproval({ customerId: view.customerId, operationType: 'REFINANCING', refinancedContractId: view.id, refinancing: { contractId: view.id, payoffDate: '2026-05-25', payoff: '9000.00', troco: '1000.00' } });
    await loan.publish('CreditApproved', refinancing);
    const cancelled = await loan.event('ContractCancelled', (e) => e.payload.proposalId === refinancing.proposalId);
    expect(cancelled.payload.reason).toBe('REFINANCING_REFUSED');
    expect(await loan.contract(cancelled.payload.contractId)).toMatchObject({ status: 'CANCELLED', cancellationMessage: 'Contrato a refinanciar está bloqueado: refinanciamento suspenso até o desbloqueio.' });
    const unblocked = await post(`/v1/contracts/${view.id}/unblock`, { note: 'Documento conferido' }, await blocker());
    expect(unblocked.body).toMatchObject({ blocked: false, blocks: [{ reason: 'FRAUD_SUSPECTED', unblockNote: 'Documento conferido', unblockedBy: 'fabio.riscos' }] });
    expect((await loan.event('ContractUnblocked', (e) => e.aggregateId === view.id)).payload.reason).toBe('FRAUD_SUSPECTED');
    await loan.publish('PortabilityOutRequested', request('202605250000000000902'));
    expect((await loan.event('PortabilityOutAnswered', (e) => e.payload.portabilityNumber === '202605250000000000902')).payload.outcome).toBe('BALANCE');
    expect((await loan.contract(view.id)).block).toBeNull();
  });
});
