import { randomUUID } from 'node:crypto';
import type { TestService } from '@consignado/testing';
import type { CtcMockConfig } from '../src/config';
import { clients, newContract, OTHER, OURS, originContract, requestFor, startCtc } from './support';

const BANK = '99100003';

/** What holds whoever calls: one open portability per contract, idempotency, visibility, input. */
describe('mock CTC: exchange rules', () => {
  let ctc: TestService<CtcMockConfig>;
  let api: ReturnType<typeof clients>;

  beforeAll(async () => {
    ctc = await startCtc();
    api = clients(ctc.baseUrl);
  });

  afterAll(async () => {
    await ctc?.close();
  });

  const silentContract = async () => {
    const contractNumber = newContract();
    await api.admin('POST', '/admin/origin-contracts', originContract(BANK, contractNumber, 'SILENT'));
    return contractNumber;
  };

  it('keeps one open portability per contract under concurrent requests from two banks: the first wins', async () => {
    const contractNumber = await silentContract();
    const answers = await Promise.all(Array.from({ length: 10 }, (_, k) => (k % 2 === 0 ? api.us : api.other).request(requestFor(BANK, contractNumber))));
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses).toEqual([201, 422, 422, 422, 422, 422, 422, 422, 422, 422]);
    const refused = answers.find((a) => a.status === 422);
    expect([refused?.body.code, refused?.body.detail]).toEqual(['CTC.PORTABILIDADE_EM_ANDAMENTO', 'Já existe uma portabilidade em andamento para este contrato; vale o pedido mais antigo.']);
    const listed = await api.admin('GET', `/admin/portabilities?originIspb=${BANK}&originContractNumber=${contractNumber}`);
    expect(listed.body.portabilities).toHaveLength(1);
    const winner = answers.find((a) => a.status === 201)?.body;
    // Cancelled, the contract is free again.
    const owner = winner.destinationIspb === OURS ? api.us : api.other;
    expect((await owner.move(winner.portabilityNumber, 'cancellation')).body.status).toBe('CANCELLED');
    expect((await owner.move(winner.portabilityNumber, 'cancellation')).status).toBe(200);
    expect((await api.us.request(requestFor(BANK, contractNumber))).status).toBe(201);
  });

  it('replays an Idempotency-Key with the same body, refuses it with another, requires it', async () => {
    const contractNumber = await silentContract();
    const key = randomUUID();
    const first = await api.us.request(requestFor(BANK, contractNumber), key);
    const again = await api.us.request(requestFor(BANK, contractNumber), key);
    expect([first.status, again.status, again.body.portabilityNumber]).toEqual([201, 200, first.body.portabilityNumber]);
    const other = await api.us.request(requestFor(BANK, await silentContract()), key);
    expect([other.status, other.body.code]).toEqual([409, 'CTC.IDEMPOTENCY_CONFLICT']);
    const twins = await Promise.all([0, 1, 2].map(() => api.us.request(requestFor(BANK, contractNumber.replace('CT-', 'TW-')), 'twin-key')));
    expect(new Set(twins.map((t) => t.body.portabilityNumber)).size).toBe(1);
    const missing = await api.us.call('POST', '/v1/portabilities', requestFor(BANK, newContract()));
    expect([missing.status, missing.body.code]).toEqual([400, 'CTC.INVALID_IDEMPOTENCY_KEY']);
  });

  it('shows a portability only to its two institutions, and needs a valid key', async () => {
    const { body } = await api.us.request(requestFor(BANK, await silentContract()));
    const stranger = await api.other.get(body.portabilityNumber);
    expect([stranger.status, stranger.body.code, stranger.body.detail]).toEqual([404, 'CTC.PORTABILITY.NOT_FOUND', 'Portabilidade não encontrada.']);
    expect((await api.other.move(body.portabilityNumber, 'cancellation')).status).toBe(404);
    const badKey = await api.call('GET', `/v1/portabilities/${body.portabilityNumber}`, undefined, { 'x-participant-ispb': OURS, 'x-api-key': 'wrong-key-x' });
    expect([badKey.status, badKey.body.code]).toEqual([401, 'CTC.PARTICIPANT_UNAUTHORIZED']);
    const notParticipant = await api.call('GET', '/v1/messages', undefined, { 'x-participant-ispb': BANK, 'x-api-key': 'anything-at-all' });
    expect(notParticipant.status).toBe(401);
    expect((await api.other.feed()).body.messages.some((m: any) => m.portabilityNumber === body.portabilityNumber)).toBe(false);
  });

  it.each([
    [{ ...requestFor(BANK, 'CT-1'), cpf: '52998224724' }, 400, 'CTC.INVALID_CPF'],
    [{ ...requestFor(BANK, 'CT-1'), originIspb: '9910000' }, 400, 'REQUEST.INVALID_BODY'],
    [{ ...requestFor(BANK, 'CT-1'), offer: { monthlyRate: 0.0159, termMonths: 60, installment: '262.10', annualCet: '0.21' } }, 400, 'REQUEST.INVALID_BODY'],
    [requestFor(OURS, 'CT-1'), 422, 'CTC.SAME_INSTITUTION'],
  ])('refuses a malformed or impossible request: %j → %i %s', async (body, status, code) => {
    const res = await api.us.request(body);
    expect([res.status, res.body.code]).toEqual([status, code]);
  });

  it('refuses a malformed NU', async () => {
    const res = await api.us.get('202502280000000000420');
    expect([res.status, res.body.code]).toEqual([400, 'CTC.INVALID_NU']);
  });

  it('feeds each participant its changes in order, from any cursor, with a limit (at least once)', async () => {
    const start = (await api.other.feed()).body.nextCursor;
    const first = await api.other.request(requestFor(BANK, await silentContract()));
    const second = await api.other.request(requestFor(BANK, await silentContract()));
    await api.other.move(first.body.portabilityNumber, 'cancellation');
    const all = (await api.other.feed(start)).body;
    expect(all.messages.map((m: any) => [m.portabilityNumber, m.status, m.role])).toEqual([
      [first.body.portabilityNumber, 'RECEIVED', 'DESTINATION'],
      [first.body.portabilityNumber, 'PENDING', 'DESTINATION'],
      [second.body.portabilityNumber, 'RECEIVED', 'DESTINATION'],
      [second.body.portabilityNumber, 'PENDING', 'DESTINATION'],
      [first.body.portabilityNumber, 'CANCELLED', 'DESTINATION'],
    ]);
    const cursors = all.messages.map((m: any) => BigInt(m.cursor));
    expect(cursors.every((c: bigint, k: number) => k === 0 || c > cursors[k - 1])).toBe(true);
    expect(all.nextCursor).toBe(all.messages.at(-1).cursor);
    expect(all.messages[4]).toMatchObject({ previousStatus: 'PENDING', portability: { status: 'CANCELLED', closure: { reason: 'CANCELADO_PELO_CLIENTE' } } });
    expect(all.messages[0].portability.status).toBe('RECEIVED');

    const page = (await api.other.feed(start, 2)).body;
    expect(page.messages.map((m: any) => m.cursor)).toEqual(all.messages.slice(0, 2).map((m: any) => m.cursor));
    const rest = (await api.other.feed(page.nextCursor)).body;
    expect(rest.messages.map((m: any) => m.cursor)).toEqual(all.messages.slice(2).map((m: any) => m.cursor));
    expect((await api.other.feed(page.nextCursor)).body.messages).toEqual(rest.messages);
    const end = (await api.other.feed(all.nextCursor)).body;
    expect(end).toEqual({ messages: [], nextCursor: all.nextCursor });
    const bad = await api.other.call('GET', '/v1/messages?after=-1');
    expect([bad.status, bad.body.code]).toEqual([400, 'REQUEST.INVALID_BODY']);
    expect(OTHER).not.toBe(OURS);
  });
});
