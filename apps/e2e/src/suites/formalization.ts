import { randomUUID } from 'node:crypto';
import { sha256Hex as sha256 } from '@consignado/core';
import type { ChannelClient } from '@consignado/stack-runner';
import { waitFor } from '@consignado/testing';
import { contractWhen, type Json, servicing } from '../support/contracts';
import { client, customer, finalState, inssCustomer, propose, timeline } from '../support/journey';

/** The e2e stack's acceptance window (support/launch.ts: ACCEPTANCE_WINDOW_MINUTES=2). */
const WINDOW_MS = 2 * 60_000;

/** The proposal once loan's ContractIssued reached it: APPROVED with its formalization (the CCB's hash, where to read it, until when). */
function issued(c: ChannelClient, id: string): Promise<Json> {
  return waitFor(async () => {
    const { status, body } = await c.proposal(id);
    if (status !== 200) throw new Error(`GET proposal answered ${status}`);
    if (!['PENDING_MARGIN_CHECK', 'PENDING_CREDIT_ANALYSIS', 'APPROVED'].includes(String(body['state']))) throw new Error(`proposal ended ${body['state']}`);
    return body['state'] === 'APPROVED' && body['formalization'] ? body : undefined;
  }, { description: `proposal ${id} APPROVED with its contract issued`, timeoutMs: 90_000, intervalMs: 150 });
}

/** The proposal whose contract nobody accepts: submitted by `formalizationSuite`, checked by `acceptanceExpirySuite`. */
let forgotten: { c: ChannelClient; id: string } | undefined;

/**
 * R-LN-9 through the whole stack: after the approval loan issues the contract — its CCB, a PDF
 * served by loan with its SHA-256 — and books nothing until the customer accepts that very
 * document through the channel API; an acceptance of another document is refused, the same one
 * replays. Every other suite accepts at once (followProposal), so the e2e stack's short window
 * (2 min, checked every 2 s) touches only the proposal this suite leaves alone, submitted first:
 * `acceptanceExpirySuite`, registered some suites later, sees it expire.
 */
export function formalizationSuite(): void {
  describe('formalization: the CCB and its acceptance (R-LN-9)', () => {
    /** The DIGITAL customer who reads and accepts, shared by the tests in order. */
    let app: ChannelClient;
    let maria: { id: string; cpf: string; benefitNumber: string };
    let proposalId: string;
    let before: Json;

    beforeAll(async () => {
      // First: the proposal whose contract nobody will accept, so its window runs while the others do.
      const corban = client('corban');
      const forgottenCustomer = await inssCustomer(corban);
      forgotten = { c: corban, id: await propose(corban, { customerId: forgottenCustomer.id, product: 'INSS_CONSIGNADO', requestedAmount: '2500.00', termMonths: 24 }) };
      app = customer();
      maria = await inssCustomer(app);
      proposalId = await propose(app, { customerId: maria.id, product: 'INSS_CONSIGNADO', requestedAmount: '4000.00', termMonths: 48 });
    }, 60_000);

    it('issues the contract: its CCB from loan is a PDF whose SHA-256 is the proposal\'s documentHash and loan\'s header; loan waits AWAITING_ACCEPTANCE and nothing is booked', async () => {
      before = await issued(app, proposalId);
      const f = before['formalization'];
      expect(f).toEqual({
        contractId: expect.stringMatching(/^[0-9a-f-]{36}$/),
        documentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
        documentUrl: `/v1/contracts/${f['contractId']}/ccb`,
        issuedAt: expect.any(String),
        acceptBy: new Date(Date.parse(f['issuedAt']) + WINDOW_MS).toISOString(),
      });

      const ccb = await app.ccb(f['contractId']);
      expect([ccb.status, ccb.contentType]).toEqual([200, expect.stringContaining('application/pdf')]);
      expect(ccb.bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      expect(ccb.sha256).toBe(f['documentHash']);
      expect(ccb.headerHash).toBe(f['documentHash']);
      // Read again: the same document, byte for byte.
      expect((await app.ccb(f['contractId'])).sha256).toBe(f['documentHash']);
      // Another customer's token reads nothing of it (as if it did not exist).
      expect((await customer().ccb(f['contractId'])).status).toBe(404);

      const contract = (await servicing().contract(f['contractId'])).body;
      expect([contract['status'], contract['proposalId'], contract['customerId']]).toEqual(['AWAITING_ACCEPTANCE', proposalId, maria.id]);
      expect((await servicing().read('averbation-connector', `/v1/averbations/${f['contractId']}`)).status).toBe(404);
      expect((await timeline(app, proposalId)).map((e) => e['eventType'])).not.toContain('AverbationRequested');
    });

    it('refuses an acceptance naming another document: 422 PROPOSAL.DOCUMENT_MISMATCH, the proposal and the contract unchanged', async () => {
      const refused = await app.accept(proposalId, sha256('outro documento'));
      expect([refused.status, refused.body['code']]).toEqual([422, 'PROPOSAL.DOCUMENT_MISMATCH']);
      expect(refused.body['detail']).toEqual(expect.any(String));
      const after = (await app.proposal(proposalId)).body;
      expect([after['state'], after['formalization']]).toEqual(['APPROVED', before['formalization']]);
      expect((await servicing().contract(before['formalization']['contractId'])).body['status']).toBe('AWAITING_ACCEPTANCE');
    });

    it('accepts by the CCB\'s hash: CONTRACTED, loan keeps who accepted, when and on which channel; the same key replays, another acceptance is refused', async () => {
      const { contractId, documentHash } = before['formalization'];
      const key = randomUUID();
      const accepted = await app.accept(proposalId, documentHash, key);
      expect(accepted.status).toBe(200);
      const acceptance = accepted.body['formalization']['acceptance'];
      expect(acceptance).toEqual({ acceptedAt: expect.any(String), channel: 'DIGITAL', acceptedBy: maria.id });
      expect(Date.parse(acceptance['acceptedAt'])).toBeLessThanOrEqual(Date.parse(before['formalization']['acceptBy']));

      const replay = await app.accept(proposalId, documentHash, key);
      expect([replay.status, replay.body['formalization']?.['acceptance']]).toEqual([200, acceptance]);

      const final = await finalState(app, proposalId);
      expect([final['state'], final['formalization']['acceptance']]).toEqual(['CONTRACTED', acceptance]);
      const contract = await contractWhen(contractId, (c) => c['status'] === 'ACTIVE', 'contract ACTIVE in loan');
      expect(contract['formalization']).toMatchObject({ documentHash, acceptance: { acceptedAt: acceptance['acceptedAt'], channel: 'DIGITAL', acceptedBy: maria.id } });

      // Issued → accepted → registered at Dataprev, in that order.
      const order = (await timeline(app, proposalId)).map((e) => e['eventType']);
      expect(order.indexOf('ContractIssued')).toBeGreaterThan(-1);
      expect(order.indexOf('ContractIssued')).toBeLessThan(order.indexOf('ProposalAccepted'));
      expect(order.indexOf('ProposalAccepted')).toBeLessThan(order.indexOf('AverbationRequested'));

      // The same document again, under a new key: answered, nothing new; the key of another content, or another document: refused.
      const again = await app.accept(proposalId, documentHash);
      expect([again.status, again.body['formalization']['acceptance']]).toEqual([200, acceptance]);
      const reused = await app.accept(proposalId, sha256('outro documento'), key);
      expect([reused.status, reused.body['code']]).toEqual([409, 'PROPOSAL.IDEMPOTENCY_CONFLICT']);
      const other = await app.accept(proposalId, sha256('outro documento'));
      expect([other.status, other.body['code']]).toEqual([409, 'PROPOSAL.NOT_AWAITING_ACCEPTANCE']);
      const events = (await timeline(app, proposalId)).filter((e) => e['eventType'] === 'ProposalAccepted');
      expect(events).toHaveLength(1);
    });
  });
}

/** R-LN-9: the contract `formalizationSuite` left unaccepted expires with its proposal (registered later, so the window runs under other suites). */
export function acceptanceExpirySuite(): void {
  describe('formalization: a contract nobody accepts expires (R-LN-9)', () => {
    it('expires a contract nobody accepted: the proposal CANCELLED ACCEPTANCE_EXPIRED after its window, the contract CANCELLED ACCEPTANCE_EXPIRED in loan, never registered; a later acceptance is refused', async () => {
      if (!forgotten) throw new Error('formalizationSuite did not submit the proposal to leave unaccepted');
      const { c, id } = forgotten;
      const f = (await issued(c, id).catch(async () => (await c.proposal(id)).body))['formalization'];
      expect(f).toEqual(expect.objectContaining({ documentHash: expect.stringMatching(/^[0-9a-f]{64}$/) }));
      expect(f['acceptance']).toBeUndefined();

      const cancelled = await waitFor(async () => {
        const { body } = await c.proposal(id);
        return body['state'] === 'CANCELLED' ? body : undefined;
      }, { description: `proposal ${id} expired`, timeoutMs: WINDOW_MS + 60_000, intervalMs: 1_000 });
      expect(cancelled['cancellation']).toMatchObject({ reason: 'ACCEPTANCE_EXPIRED' });
      expect(Date.parse(cancelled['cancellation']['requestedAt'])).toBeGreaterThanOrEqual(Date.parse(f['acceptBy']));

      const contract = await contractWhen(f['contractId'], (k) => k['status'] === 'CANCELLED', 'contract CANCELLED in loan');
      expect(contract['cancellationReason']).toBe('ACCEPTANCE_EXPIRED');
      expect((await servicing().read('averbation-connector', `/v1/averbations/${f['contractId']}`)).status).toBe(404);

      const late = await c.accept(id, f['documentHash']);
      expect([late.status, late.body['code'], late.body['details']?.['acceptBy']]).toEqual([422, 'PROPOSAL.ACCEPTANCE_EXPIRED', f['acceptBy']]);
      expect((await c.proposal(id)).body['state']).toBe('CANCELLED');
    }, WINDOW_MS + 120_000);
  });
}
