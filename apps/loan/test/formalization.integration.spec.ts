import { createHash } from 'node:crypto';
import { bearer, testIdentity } from '@consignado/testing';
import { handWorkedApproval, inssApproval } from './fixtures/approvals';
import { type LoanHarness, startLoan } from './harness';
import { newCustomer, opsToken } from './support';

/** Formalization on the real stack (R-LN-9): the contract waits for the acceptance of its CCB before it is booked. */
describe('loan formalization (CCB and acceptance)', () => {
  let loan: LoanHarness;

  beforeAll(async () => {
    loan = await startLoan(['ContractIssued', 'AverbationRequested', 'ContractActivated', 'ContractCancelled', 'ContractPositionChanged']);
  });
  afterAll(async () => loan?.close());

  const consumed = (eventId: string) => loan.waitFor(async () => (await loan.sql('SELECT 1 FROM inbox WHERE event_id = $1', [eventId])).length > 0, `${eventId} consumed`);
  /** GET of the CCB's bytes (servicing-ops unless a customer's token is given). */
  async function ccb(contractId: string, token?: string): Promise<{ status: number; bytes: Buffer; headers: Headers }> {
    const res = await fetch(`${loan.service.baseUrl}/v1/contracts/${contractId}/ccb`, { headers: bearer(token ?? (await opsToken())) });
    return { status: res.status, bytes: Buffer.from(await res.arrayBuffer()), headers: res.headers };
  }
  const issuedFor = (proposalId: string) => loan.event('ContractIssued', (e) => e.payload.proposalId === proposalId);

  it('books INSS AWAITING_ACCEPTANCE with ContractIssued and its CCB, asks Dataprev only once accepted, and once for a repeat', async () => {
    const me = await newCustomer();
    const approved = await loan.publish('CreditApproved', inssApproval({ customerId: me.accountId }));
    const issued = await issuedFor(approved.aggregateId);
    const contractId: string = issued.payload.contractId;
    expect(issued.metadata.causationId).toBe(approved.eventId);
    expect(issued.payload).toMatchObject({ proposalId: approved.aggregateId, customerId: me.accountId, product: 'INSS_CONSIGNADO', operationType: 'NEW', documentHash: expect.stringMatching(/^[0-9a-f]{64}$/) });
    const view = await loan.contract(contractId);
    expect(view).toMatchObject({ status: 'AWAITING_ACCEPTANCE', activatedAt: null, updatedBalance: null, formalization: { documentHash: issued.payload.documentHash, issuedAt: issued.payload.issuedAt, documentUrl: `/v1/contracts/${contractId}/ccb` } });
    expect(view.formalization.acceptance).toBeUndefined();
    expect(loan.events('AverbationRequested', (e) => e.payload.proposalId === approved.aggregateId)).toEqual([]);

    const pdf = await ccb(contractId, me.accessToken);
    expect([pdf.status, pdf.headers.get('content-type')]).toEqual([200, 'application/pdf']);
    expect(pdf.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const sha256 = createHash('sha256').update(pdf.bytes).digest('hex');
    expect([sha256, pdf.headers.get('x-document-sha256'), pdf.headers.get('etag')]).toEqual([issued.payload.documentHash, issued.payload.documentHash, `"${issued.payload.documentHash}"`]);
    expect((await ccb(contractId, (await newCustomer()).accessToken)).status).toBe(404);
    expect(pdf.bytes.toString('latin1')).not.toContain(approved.payload.cpf);

    const { accepted } = await loan.accept(approved.aggregateId);
    const requested = await loan.event('AverbationRequested', (e) => e.payload.proposalId === approved.aggregateId);
    expect(requested.metadata.causationId).toBe(accepted.eventId);
    expect(await loan.contract(contractId)).toMatchObject({
      status: 'PENDING_AVERBATION',
      formalization: { documentHash: sha256, acceptance: { acceptedAt: accepted.payload.acceptedAt, channel: accepted.payload.channel, acceptedBy: accepted.payload.acceptedBy } },
    });
    expect((await loan.sql('SELECT pending_averbation_cpf FROM contract WHERE id = $1', [contractId]))[0].pending_averbation_cpf).toBeNull();
    const again = await loan.publish('ProposalAccepted', { ...accepted.payload });
    await consumed(again.eventId);
    expect(loan.events('AverbationRequested', (e) => e.payload.proposalId === approved.aggregateId)).toHaveLength(1);
    expect(loan.deadLetters(again.eventId)).toEqual([]);
  });

  it('lets the corban partner that originated the contract read its CCB to collect the acceptance, and no other partner', async () => {
    const corban = (client: 'corban-alpha' | 'corban-beta') => testIdentity().clientToken(client);
    const alpha = JSON.parse(Buffer.from((await corban('corban-alpha')).split('.')[1], 'base64url').toString('utf8'));
    const approved = await loan.publish('CreditApproved', inssApproval({ channel: 'CORBAN' }), { metadata: { userId: alpha.partner_id, channel: 'CORBAN' } });
    const { payload } = await issuedFor(approved.aggregateId);
    expect(typeof (alpha.partner_id)).toBe('string');
    const read = await ccb(payload.contractId, await corban('corban-alpha'));
    expect([read.status, createHash('sha256').update(read.bytes).digest('hex')]).toEqual([200, payload.documentHash]);
    expect((await ccb(payload.contractId, await corban('corban-beta'))).status).toBe(404);
    expect((await ccb(payload.contractId)).status).toBe(200); // servicing reads any contract's
    expect((await ccb(payload.contractId, await testIdentity().clientToken('payroll-source'))).status).toBe(403);
  });

  it('activates a personal loan on its acceptance (ContractActivated, the position at revision 1)', async () => {
    const approved = await loan.publish('CreditApproved', handWorkedApproval());
    const { accepted, issued } = await loan.accept(approved.aggregateId);
    const activated = await loan.event('ContractActivated', (e) => e.payload.proposalId === approved.aggregateId);
    expect(activated.metadata.causationId).toBe(accepted.eventId);
    const positions = loan.events('ContractPositionChanged', (e) => e.aggregateId === issued.payload.contractId).map((e) => [e.payload.revision, e.payload.status]);
    expect(positions).toEqual([[1, 'ACTIVE']]);
  });

  it('dead-letters an acceptance of another document (CONTRACT.DOCUMENT_MISMATCH), booking nothing', async () => {
    const approved = await loan.publish('CreditApproved', inssApproval());
    const { accepted, issued } = await loan.accept(approved.aggregateId, { documentHash: 'f'.repeat(64) });
    const dead = await loan.deadLetter(accepted.eventId);
    expect(dead).toMatchObject({ reason: 'permanent-error', attempts: 1, error: { code: 'CONTRACT.DOCUMENT_MISMATCH' } });
    expect((await loan.contract(issued.payload.contractId)).status).toBe('AWAITING_ACCEPTANCE');
    expect(loan.events('AverbationRequested', (e) => e.payload.proposalId === approved.aggregateId)).toEqual([]);
  });

  it('cancels a contract whose acceptance expired (ACCEPTANCE_EXPIRED); a late acceptance changes nothing', async () => {
    const approved = await loan.publish('CreditApproved', inssApproval());
    const issued = await issuedFor(approved.aggregateId);
    const { proposalId, customerId, contractId } = issued.payload;
    const expired = await loan.publish('ProposalCancelled', { proposalId, customerId, reason: 'ACCEPTANCE_EXPIRED', requestedAt: '2026-04-12T13:00:00.000Z' });
    const cancelled = await loan.event('ContractCancelled', (e) => e.aggregateId === contractId);
    expect(cancelled.metadata.causationId).toBe(expired.eventId);
    expect(cancelled.payload).toMatchObject({ reason: 'ACCEPTANCE_EXPIRED', averbationRegistered: false });
    expect(cancelled.payload.amountToReturn).toBeUndefined();
    expect(await loan.contract(contractId)).toMatchObject({
      status: 'CANCELLED', cancellationReason: 'ACCEPTANCE_EXPIRED',
      cancellationRequests: [{ reason: 'ACCEPTANCE_EXPIRED', outcome: 'CANCELLED', explanation: 'ACCEPTANCE_EXPIRED' }],
    });
    const { accepted } = await loan.accept(proposalId);
    await consumed(accepted.eventId);
    expect((await loan.contract(contractId)).status).toBe('CANCELLED');
    expect(loan.events('AverbationRequested', (e) => e.payload.proposalId === proposalId)).toEqual([]);
    expect(loan.deadLetters(accepted.eventId)).toEqual([]);
  });
});
