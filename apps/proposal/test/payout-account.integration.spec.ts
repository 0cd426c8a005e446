import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { Client } from 'pg';
import { FieldCipher } from '@consignado/core';
import { opened, testIdentity, testKafka, waitFor } from '@consignado/testing';
import { ALPHA, api, CLIENTS, countRows, inssProposal, type Json, publish, retiree, type Service, setClock, startProposalService, Tap, topicOf } from './support';

const TABLES = ['customer', 'idempotency_key', 'outbox'];
const KEY = 'joana.recebe@example.com';
const BANK = { kind: 'BANK_ACCOUNT', ispb: '60746948', branch: '0042', number: '9876543210', accountType: 'CACC' };

/** The customer's payout account (R-LN-10) on the real stack: PostgreSQL, Kafka, the identity provider. */
describe('customer payout account on the real stack', () => {
  let service: Service;
  let producer: Producer;
  const kafka = testKafka();
  const tap = new Tap(kafka);
  const changed = () => topicOf(service, 'CustomerPayoutAccountChanged');

  beforeAll(async () => {
    service = await startProposalService({ PERSONAL_DATA_SOURCES: 'none=http://127.0.0.1:9' });
    setClock(service, '2026-03-10T12:00:00.000Z');
    producer = kafka.producer();
    await producer.connect();
    await tap.start([changed(), topicOf(service, 'DataSubjectErasureRequested')]);
  });

  afterAll(async () => {
    await producer?.disconnect();
    await tap.stop();
    await service?.close();
  });

  const put = async (channel: 'digital' | 'corban' | 'internal', token: string | null, customerId: string, body: unknown, key?: string): Promise<{ status: number; body: Json; headers: Headers }> => {
    const headers = { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}), ...(key ? { 'Idempotency-Key': key } : {}) };
    const res = await fetch(`${service.baseUrl}/v1/${channel}/customers/${customerId}/payout-account`, { method: 'PUT', headers, body: JSON.stringify(body) });
    return { status: res.status, body: await res.json(), headers: res.headers };
  };
  const sql = async (text: string, values: unknown[]): Promise<Json[]> => {
    const client = new Client({ connectionString: service.config.DATABASE_URL });
    await client.connect();
    try {
      await client.query(`SET search_path TO "${service.config.DATABASE_SCHEMA}"`);
      return (await client.query(text, values)).rows;
    } finally {
      await client.end();
    }
  };
  const eventsOf = (customerId: string): Json[] => tap.all(changed(), (e) => e.payload?.customerId === customerId);
  async function digitalCustomer() {
    const app = api(service, 'digital');
    const customerId = (await app.post('customers', retiree({ cpf: app.cpf }))).body.id as string;
    return { app, customerId, cpf: app.cpf, token: (await app.token()) as string };
  }

  it('the customer registers a PIX key: one event, sealed on Kafka and at rest, masked in the view; the same key again replays', async () => {
    const { app, customerId, cpf, token } = await digitalCustomer();
    const key = randomUUID();
    const first = await put('digital', token, customerId, { kind: 'PIX_KEY', pixKey: 'Joana.Recebe@Example.com' }, key);
    expect(first).toMatchObject({ status: 200, body: { customerId, payoutAccount: { kind: 'PIX_KEY', pixKey: 'j***@example.com' }, changedAt: '2026-03-10T12:00:00.000Z', changed: true } });
    const again = await put('digital', token, customerId, { kind: 'PIX_KEY', pixKey: 'Joana.Recebe@Example.com' }, key);
    expect([again.status, again.body, again.headers.get('idempotent-replayed')]).toEqual([200, first.body, 'true']);
    const conflict = await put('digital', token, customerId, BANK, key);
    expect([conflict.status, conflict.body.code]).toEqual([409, 'CUSTOMER.PAYOUT_ACCOUNT_IDEMPOTENCY_CONFLICT']);

    const event = await tap.find(changed(), (e) => e.payload.customerId === customerId);
    expect(event.key).toBe(customerId);
    expect(FieldCipher.isSealed(event.value.payload.account.pixKey) && FieldCipher.isSealed(event.value.payload.holderCpf)).toBe(true);
    expect(opened(event.value).payload).toEqual({ customerId, account: { kind: 'PIX_KEY', pixKey: KEY }, holderCpf: cpf, changedAt: '2026-03-10T12:00:00.000Z' });
    expect(event.value.metadata).toMatchObject({ userId: customerId, channel: 'DIGITAL' });

    const [row] = await sql(`SELECT row_to_json(c)::text AS r, payout_account FROM customer c WHERE id = $1`, [customerId]);
    expect(FieldCipher.isSealed(row.payout_account)).toBe(true);
    const stored = [row.r, ...(await sql(`SELECT row_to_json(t)::text AS r FROM idempotency_key t UNION ALL SELECT row_to_json(o)::text FROM outbox o`, [])).map((r) => r.r)];
    expect(stored.filter((text: string) => text.includes(KEY) || text.includes(cpf))).toEqual([]);
    expect((await app.get(`customers/${customerId}`)).body.payoutAccount).toEqual({ kind: 'PIX_KEY', pixKey: 'j***@example.com' });

    // Without a key, the same account again: a confirmation — not a change, but raised again (payment asks again for a release the rail failed).
    setClock(service, '2026-03-10T15:00:00.000Z');
    const confirmed = await put('digital', token, customerId, { kind: 'PIX_KEY', pixKey: KEY });
    expect(confirmed.body).toEqual({ ...first.body, changed: false, changedAt: '2026-03-10T15:00:00.000Z' });
    const reraised = await tap.find(changed(), (e: Json) => e.payload.customerId === customerId && e.eventId !== event.value.eventId);
    expect(opened(reraised.value).payload).toEqual({ customerId, account: { kind: 'PIX_KEY', pixKey: KEY }, holderCpf: cpf, changedAt: '2026-03-10T15:00:00.000Z' });
    setClock(service, '2026-03-10T12:00:00.000Z');
  });

  it('a changed account is a new event; the view masks the account number', async () => {
    const { app, customerId, token } = await digitalCustomer();
    expect((await put('digital', token, customerId, { kind: 'PIX_KEY', pixKey: '+5561987654321' })).status).toBe(200);
    setClock(service, '2026-03-11T09:00:00.000Z');
    const reply = await put('digital', token, customerId, BANK, randomUUID());
    setClock(service, '2026-03-10T12:00:00.000Z');
    expect(reply.body).toMatchObject({ payoutAccount: { ...BANK, number: '****3210' }, changedAt: '2026-03-11T09:00:00.000Z', changed: true });
    expect((await app.get(`customers/${customerId}`)).body.payoutAccount).toEqual({ ...BANK, number: '****3210' });
    await waitFor(() => eventsOf(customerId).length === 2 || undefined, { description: 'two payout account events' });
    expect(eventsOf(customerId).map((e) => opened(e).payload.account)).toEqual([{ kind: 'PIX_KEY', pixKey: '+5561987654321' }, BANK]);
  });

  it('bad input: 400 with its code and pt-BR message, nothing written', async () => {
    const { customerId, token } = await digitalCustomer();
    const before = await countRows(service, TABLES);
    const cases: Array<[unknown, string, string]> = [
      [{ kind: 'PIX_KEY', pixKey: '11144477735' }, 'CUSTOMER.INVALID_PIX_KEY', 'A chave PIX do tipo CPF deve ser o CPF do próprio cliente.'],
      [{ kind: 'PIX_KEY', pixKey: '529.982.247-25' }, 'CUSTOMER.INVALID_PIX_KEY', expect.stringContaining('Chave PIX inválida')],
      [{ kind: 'PIX_KEY', pixKey: '61987654321' }, 'CUSTOMER.INVALID_PIX_KEY', expect.stringContaining('Chave PIX inválida')],
      [{ ...BANK, ispb: '6074694' }, 'CUSTOMER.INVALID_BANK_ACCOUNT', 'O ISPB da instituição deve ter 8 dígitos.'],
      [{ ...BANK, accountType: 'POUP' }, 'CUSTOMER.INVALID_BANK_ACCOUNT', expect.stringContaining('CACC')],
      [{ ...BANK, pixKey: KEY }, 'CUSTOMER.INVALID_PIX_KEY', 'pixKey não se aplica a uma conta bancária.'],
      [{ kind: 'PIX_KEY', pixKey: KEY, extra: 1 }, 'REQUEST.INVALID_BODY', 'Dados da requisição inválidos'],
      [{ kind: 'CHEQUE' }, 'REQUEST.INVALID_BODY', 'Dados da requisição inválidos'],
    ];
    for (const [body, code, detail] of cases) {
      const reply = await put('digital', token, customerId, body, randomUUID());
      expect([reply.status, reply.body.code, reply.body.detail]).toEqual([400, code, detail]);
    }
    expect(await countRows(service, TABLES)).toEqual(before);
  });

  it('staff and the corban that proposed for the customer may act; another customer or partner gets 404, nothing written', async () => {
    const { customerId, token } = await digitalCustomer();
    const other = await digitalCustomer();
    const beta = await testIdentity().clientToken(CLIENTS.corbanBeta);
    const alpha = (await api(service, 'corban').token()) as string;
    const before = await countRows(service, TABLES);
    for (const [channel, caller] of [['digital', other.token], ['corban', alpha], ['corban', beta]] as const) {
      const reply = await put(channel, caller, customerId, BANK, randomUUID());
      expect([reply.status, reply.body.code]).toEqual([404, 'CUSTOMER.NOT_FOUND']);
    }
    expect((await put('digital', null, customerId, BANK)).status).toBe(401);
    expect(await countRows(service, TABLES)).toEqual(before);

    expect((await api(service, 'corban').post('proposals', inssProposal(customerId), { 'Idempotency-Key': randomUUID() })).status).toBe(201);
    const byAlpha = await put('corban', alpha, customerId, BANK, randomUUID());
    expect(byAlpha.status).toBe(200);
    const operator = await testIdentity().clientToken(CLIENTS.internal);
    expect((await put('internal', operator, customerId, { kind: 'PIX_KEY', pixKey: '123e4567-e89b-42d3-a456-426614174000' })).status).toBe(200);
    await waitFor(() => eventsOf(customerId).length === 2 || undefined, { description: 'two payout account events' });
    expect(eventsOf(customerId).map((e) => e.metadata)).toEqual([expect.objectContaining({ userId: ALPHA, channel: 'CORBAN' }), expect.objectContaining({ channel: 'INTERNAL' })]);
    expect(token).toBeTruthy();
  });

  it('the data subject\'s export shows the account whole, and an erasure clears it', async () => {
    const { customerId, token } = await digitalCustomer();
    await put('digital', token, customerId, BANK);
    const officer = await testIdentity().clientToken('privacy-office');
    const call = async (method: string, path: string): Promise<Json> => (await fetch(`${service.baseUrl}/v1/${path}`, { method, headers: { authorization: `Bearer ${officer}` } })).json();
    expect((await call('GET', `personal-data/${customerId}`)).records.customer).toEqual([expect.objectContaining({ id: customerId, payoutAccount: BANK })]);
    const request = await call('POST', `customers/${customerId}/personal-data/erasure-requests`);
    expect(request.state).toBe('PENDING');
    await publish(producer, service, 'DataSubjectErasureDecided', {
      requestId: request.requestId, customerId, origin: request.origin, decision: 'ANONYMIZE', proposalIds: request.proposalIds, contractIds: [], decidedAt: new Date().toISOString(),
    });
    await waitFor(async () => ((await sql(`SELECT status FROM customer WHERE id = $1`, [customerId]))[0].status === 'ANONYMIZED' ? true : undefined), { description: 'customer anonymized' });
    expect(await sql(`SELECT payout_account, payout_account_changed_at FROM customer WHERE id = $1`, [customerId])).toEqual([{ payout_account: null, payout_account_changed_at: null }]);
  });
});
