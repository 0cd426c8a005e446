import { createHash } from 'node:crypto';
import { ChannelClient, type FormalizationStep, followProposal } from './client';

const PDF = Buffer.from('%PDF-1.7\n% a CCB\n%%EOF\n');
const HASH = createHash('sha256').update(PDF).digest('hex');
const PROPOSAL = '0b0e7f1c-0000-4000-8000-000000000001';
const CONTRACT = '0b0e7f1c-0000-4000-8000-0000000000c1';

/**
 * A proposal service and a loan service in one fake fetch: the proposal is APPROVED with its
 * contract issued until it is accepted by `HASH`, then CONTRACTED; loan serves `served` as the CCB.
 */
function fakeStack(served: Buffer = PDF, header: string = HASH) {
  const calls: string[] = [];
  const acceptances: Array<{ body: unknown; key: string | undefined }> = [];
  let acceptance: Record<string, unknown> | undefined;
  jest.spyOn(globalThis, 'fetch').mockImplementation(async (url, init) => {
    const method = init?.method ?? 'GET';
    const path = new URL(String(url)).pathname;
    calls.push(`${method} ${String(url)}`);
    if (path === `/v1/contracts/${CONTRACT}/ccb`) return new Response(served, { status: 200, headers: { 'content-type': 'application/pdf', 'x-document-sha256': header } });
    if (method === 'POST' && path.endsWith('/acceptance')) {
      const body = JSON.parse(String(init?.body));
      acceptances.push({ body, key: (init?.headers as Record<string, string>)['idempotency-key'] });
      if (body.documentHash !== HASH) return Response.json({ code: 'PROPOSAL.DOCUMENT_MISMATCH' }, { status: 422 });
      acceptance = { acceptedAt: '2026-12-07T16:00:00Z', channel: 'CORBAN', acceptedBy: 'corban-alpha' };
      return Response.json(view('APPROVED'), { status: 200 });
    }
    return Response.json(view(acceptance ? 'CONTRACTED' : 'APPROVED'), { status: 200 });
  });
  const view = (state: string) => ({
    id: PROPOSAL,
    state,
    formalization: { contractId: CONTRACT, documentHash: HASH, documentUrl: `/v1/contracts/${CONTRACT}/ccb`, issuedAt: '2026-12-07T15:59:00Z', acceptBy: '2026-12-10T15:59:00Z', ...(acceptance ? { acceptance } : {}) },
  });
  return { calls, acceptances };
}

const corban = () => new ChannelClient('http://proposal', 'corban', async () => 'token', 'http://loan');

afterEach(() => jest.restoreAllMocks());

describe('followProposal formalizes as the customer does (R-LN-9)', () => {
  it('reads the CCB from loan, checks its hash and accepts by it, then follows the proposal to CONTRACTED', async () => {
    const { calls, acceptances } = fakeStack();
    const steps: FormalizationStep[] = [];
    const states: string[] = [];
    const final = await followProposal(corban(), PROPOSAL, ['CONTRACTED'], ({ state }) => states.push(state), 5_000, { onFormalization: (s) => steps.push(s) });
    expect(final['state']).toBe('CONTRACTED');
    expect(states).toEqual(['APPROVED', 'CONTRACTED']);
    expect(calls).toContain(`GET http://loan/v1/contracts/${CONTRACT}/ccb`);
    expect(acceptances).toEqual([{ body: { documentHash: HASH }, key: expect.any(String) }]);
    expect(steps).toEqual([
      { kind: 'read', contractId: CONTRACT, bytes: PDF.length, documentHash: HASH },
      { kind: 'accepted', contractId: CONTRACT, documentHash: HASH, acceptance: { acceptedAt: '2026-12-07T16:00:00Z', channel: 'CORBAN', acceptedBy: 'corban-alpha' } },
    ]);
  });

  it('does not accept when told not to, nor when APPROVED is awaited', async () => {
    const { acceptances } = fakeStack();
    expect((await followProposal(corban(), PROPOSAL, ['APPROVED'], undefined, 5_000))['state']).toBe('APPROVED');
    await expect(followProposal(corban(), PROPOSAL, ['CONTRACTED'], undefined, 400, { accept: false })).rejects.toThrow(/stuck in APPROVED/);
    expect(acceptances).toEqual([]);
  });

  it('never accepts a document other than the one the proposal names', async () => {
    const { acceptances } = fakeStack(Buffer.from('%PDF-1.7\n% another\n'));
    await expect(followProposal(corban(), PROPOSAL, ['CONTRACTED'], undefined, 5_000)).rejects.toThrow(/hashes to .* the proposal names/);
    expect(acceptances).toEqual([]);
  });

  it('reads the CCB with the caller\'s own token, and reports a refusal as loan gave it', async () => {
    const seen: Array<string | undefined> = [];
    jest.spyOn(globalThis, 'fetch').mockImplementation(async (_url, init) => {
      const auth = (init?.headers as Record<string, string>)['authorization'];
      seen.push(auth);
      return auth === 'Bearer corban'
        ? new Response(PDF, { status: 200, headers: { 'content-type': 'application/pdf', 'x-document-sha256': HASH } })
        : Response.json({ code: 'CONTRACT.NOT_FOUND' }, { status: 404 });
    });
    const partner = new ChannelClient('http://proposal', 'corban', async () => 'corban', 'http://loan');
    expect(await partner.ccb(CONTRACT)).toMatchObject({ status: 200, sha256: HASH, headerHash: HASH });
    const other = new ChannelClient('http://proposal', 'corban', async () => 'other-partner', 'http://loan');
    expect(await other.ccb(CONTRACT)).toMatchObject({ status: 404, problem: { code: 'CONTRACT.NOT_FOUND' } });
    expect(seen).toEqual(['Bearer corban', 'Bearer other-partner']);
  });

  it('needs loan\'s URL to read the CCB', async () => {
    fakeStack();
    const noLoan = new ChannelClient('http://proposal', 'corban', async () => 'token');
    await expect(followProposal(noLoan, PROPOSAL, ['CONTRACTED'], undefined, 300)).rejects.toThrow(/without loan's URL/);
  });
});
