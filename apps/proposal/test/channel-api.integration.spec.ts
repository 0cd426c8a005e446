import { randomUUID } from 'node:crypto';
import { Money } from '@consignado/finance';
import { opened, testIdentity, testKafka } from '@consignado/testing';
import { ALPHA, api, CLIENTS, countRows, inssProposal, newCpf, retiree, type Service, setClock, startProposalService, Tap, topicOf } from './support';

const ORIGIN = { originInstitutionIspb: '60746948', originContractNumber: 'CCB-2023-0042' };
const TABLES = ['customer', 'customer_partner', 'proposal', 'proposal_timeline', 'proposal_document', 'idempotency_key', 'outbox'];
const JPEG = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 1)]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(64, 2)]);

/** The channel API on the real stack: R-PR-1, R-PR-3, R-PR-4, R-PR-6, R-PR-7, R-EV-1, R-X-1. */
describe('proposal channel API on the real stack', () => {
  let service: Service;
  const kafka = testKafka();
  const tap = new Tap(kafka);

  beforeAll(async () => {
    service = await startProposalService();
    setClock(service, '2026-03-10T12:00:00.000Z');
    await tap.start([topicOf(service, 'ProposalCreated')]);
  });

  afterAll(async () => {
    await tap.stop();
    await service?.close();
  });

  const registerRetiree = async (channel: 'digital' | 'corban' | 'internal' = 'corban') => {
    const caller = api(service, channel);
    const reply = await caller.post('customers', retiree(caller.cpf ? { cpf: caller.cpf } : {}));
    expect(reply.status).toBe(201);
    return reply.body.id as string;
  };
  const simulation = { product: 'INSS_CONSIGNADO', amount: '1000', termMonths: 12 };

  describe('channel authentication (R-PR-1, R-SEC-1)', () => {
    it.each(['digital', 'corban', 'internal'] as const)('%s: 401 without a token or with a forged one, 403 with another channel\'s token', async (channel) => {
      const missing = await api(service, channel, { token: null }).post('simulations', simulation);
      expect([missing.status, missing.body.code, missing.headers.get('www-authenticate')]).toEqual([401, 'AUTH.TOKEN_MISSING', 'Bearer realm="consignado"']);
      const genuine = await api(service, channel).token();
      const [header, payload] = (genuine ?? '').split('.');
      const forged = `${header}.${payload}.${Buffer.from('not the signature').toString('base64url')}`;
      for (const token of [forged, 'garbage']) {
        const reply = await api(service, channel, { token }).post('simulations', simulation);
        expect([reply.status, reply.body.code, reply.headers.get('www-authenticate')]).toEqual([401, 'AUTH.TOKEN_INVALID', 'Bearer realm="consignado", error="invalid_token"']);
      }
      for (const other of (['digital', 'corban', 'internal'] as const).filter((c) => c !== channel)) {
        const reply = await api(service, channel, { token: await api(service, other).token() }).post('simulations', simulation);
        expect([reply.status, reply.body.code]).toEqual([403, 'AUTH.CHANNEL_FORBIDDEN']);
      }
      expect((await api(service, channel).get(`proposals/${randomUUID()}`)).status).toBe(404);
    });

    it('403 for a client without the origination scope, and for staff without the OPERATOR role', async () => {
      const servicing = await api(service, 'internal', { client: 'servicing-ops' }).post('simulations', simulation);
      expect([servicing.status, servicing.body.code]).toEqual([403, 'AUTH.INSUFFICIENT_SCOPE']);
      const auditor = await api(service, 'internal', { token: await testIdentity().staffToken('carla.auditora') }).post('simulations', simulation);
      expect([auditor.status, auditor.body.code]).toEqual([403, 'AUTH.ROLE_REQUIRED']);
      const operator = await api(service, 'internal', { token: await testIdentity().staffToken('ana.operadora') }).post('simulations', simulation);
      expect(operator.status).toBe(200);
    });

    it('answers 404 for a channel that does not exist', async () => {
      const reply = await api(service, 'phone' as never, { client: CLIENTS.internal }).get('proposals');
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('CHANNEL.NOT_FOUND');
    });
  });

  describe('simulations (R-PR-3)', () => {
    it('reproduces INSS 10,000 / 96 at 1.85% on 2026-03-10: installment 231.24, CET 1.95% / 26.04%', async () => {
      const reply = await api(service, 'digital').post('simulations', {
        product: 'INSS_CONSIGNADO',
        amount: '10000.00',
        termMonths: 96,
        monthlyRate: '0.0185',
        contractDate: '2026-03-10',
        firstDueDate: '10/04/2026',
      });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ monthlyRate: '0.0185', insurance: '0.00', iof: '342.09', financed: '10342.09', installment: '231.24', cetMonthlyPercent: '1.95', cetAnnualPercent: '26.04' });
      expect(reply.body.schedule).toHaveLength(96);
      expect(reply.body.schedule[0]).toEqual({ number: 1, dueDate: '2026-04-10', installment: '231.24', interest: '197.77', amortization: '33.47', balance: '10308.62' });
      expect(reply.body.schedule[95]).toMatchObject({ dueDate: '2034-03-10', balance: '0.00' });
    });

    it('tells how much can be borrowed from the INSS benefit', async () => {
      const reply = await api(service, 'corban').post('simulations/capacity', { product: 'INSS_CONSIGNADO', termMonths: 96, benefitValue: '2000.00', activeInstallments: ['200.00'] });
      expect(reply.status).toBe(200);
      expect(reply.body).toMatchObject({ installmentLimit: '500.00', margin: { loanLimit: '700.00', loanAvailable: '500.00' }, contractDate: '2026-03-10', firstDueDate: '2026-04-10' });
      expect(Money.of(reply.body.installment).lte(Money.of('500.00'))).toBe(true);
      const check = await api(service, 'corban').post('simulations', { product: 'INSS_CONSIGNADO', termMonths: 96, amount: reply.body.maxAmount });
      expect(check.body.installment).toBe(reply.body.installment);
    });

    it.each([
      [{ product: 'INSS_CONSIGNADO', amount: '1000', termMonths: 12, monthlyRate: '0.019' }, 422, 'PRICING.RATE_ABOVE_CAP'],
      [{ product: 'INSS_CONSIGNADO', amount: '1000', termMonths: 120 }, 422, 'FINANCE.TERM_OUT_OF_RANGE'],
      [{ product: 'PERSONAL', amount: '1000', termMonths: 12, score: 150 }, 422, 'FINANCE.SCORE_TOO_LOW'],
      [{ product: 'INSS_CONSIGNADO', amount: 1000, termMonths: 12 }, 400, 'REQUEST.INVALID_BODY'],
      [{ product: 'INSS_CONSIGNADO', amount: '1000', termMonths: 12, contractDate: '2026-02-30' }, 400, 'SIMULATION.INVALID_DATE'],
    ])('refuses %j with %s %s and a pt-BR message', async (body, status, code) => {
      const reply = await api(service, 'internal').post('simulations', body);
      expect([reply.status, reply.body.code]).toEqual([status, code]);
      expect(reply.body.detail).toMatch(/[a-zà-ú]{3}/);
    });
  });

  describe('customers (R-PR-6)', () => {
    it('stores the CPF as 11 digits, refuses a second registration naming the first, and reads it back', async () => {
      const cpf = newCpf();
      const formatted = `${cpf.slice(0, 3)}.${cpf.slice(3, 6)}.${cpf.slice(6, 9)}-${cpf.slice(9)}`;
      const first = await api(service, 'corban').post('customers', retiree({ cpf: formatted, birthDate: '21/06/1958' }));
      expect(first.status).toBe(201);
      expect(first.body).toMatchObject({ cpf, birthDate: '1958-06-21', monthlyIncome: '2000.00', status: 'ACTIVE' });
      const again = await api(service, 'internal').post('customers', retiree({ cpf }));
      expect(again.status).toBe(409);
      expect(again.body).toMatchObject({ code: 'CUSTOMER.ALREADY_EXISTS', details: { customerId: first.body.id } });
      expect((await api(service, 'corban').get(`customers/${first.body.id}`)).body.cpf).toBe(cpf);
      expect((await api(service, 'corban', { client: CLIENTS.corbanBeta }).get(`customers/${first.body.id}`)).status).toBe(404);
      expect((await api(service, 'internal').get(`customers/${first.body.id}`)).status).toBe(200);
    });
  });

  describe('proposals per channel (R-PR-1, R-PR-4, R-EV-1)', () => {
    it.each([
      ['corban', 'CORBAN', ALPHA, { partnerId: ALPHA }],
      ['internal', 'INTERNAL', 'internal-origination', { operatorId: 'internal-origination' }],
    ] as const)('%s: submitted at creation, ProposalCreated on Kafka with the R-EV-1 envelope', async (channel, code, userId, origin) => {
      const customerId = await registerRetiree(channel);
      const reply = await api(service, channel).post('proposals', inssProposal(customerId, { monthlyRate: '0.0180', benefitPaidByOwnBank: true }));
      expect(reply.status).toBe(201);
      expect(reply.body).toMatchObject({ state: 'PENDING_MARGIN_CHECK', channel: code, ...origin, contractDate: '2026-03-10', firstDueDate: '2026-04-10' });
      const { key, value } = await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload?.proposalId === reply.body.id);
      expect(key).toBe(reply.body.id);
      expect(Object.keys(value).sort()).toEqual(['aggregateId', 'aggregateType', 'eventId', 'eventType', 'metadata', 'occurredAt', 'payload', 'version']);
      expect(value).toMatchObject({ eventType: 'ProposalCreated', aggregateId: reply.body.id, aggregateType: 'Proposal', version: 1 });
      expect(value.eventId).toMatch(/^[0-9a-f-]{36}$/);
      expect(value.occurredAt).toMatch(/Z$/);
      expect(value.metadata).toEqual({ correlationId: reply.body.correlationId, causationId: null, userId, channel: code });
      // The personal data travels sealed (R-SEC-3): compared once opened.
      expect([value.payload.cpf, value.payload.monthlyIncome, value.payload.benefit.value].every((v: string) => v.startsWith('pii:v1:'))).toBe(true);
      expect(opened(value).payload).toMatchObject({
        proposalId: reply.body.id,
        customerId,
        channel: code,
        ...origin,
        product: 'INSS_CONSIGNADO',
        requestedAmount: '10000.00',
        monthlyRate: '0.018',
        birthDate: '1958-06-21',
        monthlyIncome: '2000.00',
        linkType: 'APOSENTADO',
        benefitPaidByOwnBank: true,
        benefit: { number: '1234567890', value: '2000.00' },
      });
      expect(opened(value).payload.cpf).toMatch(/^\d{11}$/);
      expect(JSON.stringify(value)).not.toContain('Maria');
    });

    it('digital: waits in PENDING_DOCUMENTS and submits once SELFIE and ID_FRONT are in', async () => {
      const digital = api(service, 'digital');
      const customerId = (await digital.post('customers', retiree({ cpf: digital.cpf, linkType: 'EMPREGADO', benefit: undefined }))).body.id;
      const created = await digital.post('proposals', { customerId, product: 'PERSONAL', operationType: 'NEW', requestedAmount: '5000.00', termMonths: 12, withInsurance: false });
      expect(created.body.state).toBe('PENDING_DOCUMENTS');
      const id = created.body.id;

      const selfie = await digital.post(`proposals/${id}/documents`, { kind: 'SELFIE', contentBase64: JPEG.toString('base64'), mimeType: 'image/jpeg' });
      expect(selfie.status).toBe(201);
      expect(selfie.body.document).toMatchObject({ kind: 'SELFIE', sizeBytes: JPEG.length, sha256: expect.stringMatching(/^[0-9a-f]{64}$/) });
      expect(selfie.body.proposal.state).toBe('PENDING_DOCUMENTS');
      expect(tap.all(topicOf(service, 'ProposalCreated'), (e) => e.payload?.proposalId === id)).toHaveLength(0);

      const big = Buffer.alloc(2 * 1024 * 1024, 3);
      PNG.copy(big);
      const front = await digital.post(`proposals/${id}/documents`, { kind: 'ID_FRONT', contentBase64: big.toString('base64'), mimeType: 'image/png' });
      expect(front.status).toBe(201);
      expect(front.body.proposal.state).toBe('PENDING_CREDIT_ANALYSIS');
      const { value } = await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload?.proposalId === id);
      expect(value.metadata).toMatchObject({ channel: 'DIGITAL', userId: customerId });

      const read = await digital.get(`proposals/${id}`);
      expect(read.body.documents.map((d: any) => [d.kind, d.mimeType, d.sizeBytes])).toEqual([
        ['SELFIE', 'image/jpeg', JPEG.length],
        ['ID_FRONT', 'image/png', big.length],
      ]);
      expect((await api(service, 'corban').post(`proposals/${id}/documents`, { kind: 'SELFIE', contentBase64: 'x', mimeType: 'image/png' })).status).toBe(404);
    });

    it('refuses documents that are too large, not Base64 or not what they claim, storing nothing', async () => {
      const digital = api(service, 'digital');
      const customerId = (await digital.post('customers', retiree({ cpf: digital.cpf }))).body.id;
      const id = (await digital.post('proposals', inssProposal(customerId))).body.id;
      const before = await countRows(service, TABLES);
      const tooBig = Buffer.alloc(2 * 1024 * 1024 + 1, 3);
      JPEG.copy(tooBig);
      for (const [body, code] of [
        [{ kind: 'SELFIE', contentBase64: tooBig.toString('base64'), mimeType: 'image/jpeg' }, 'DOCUMENT.INVALID_SIZE'],
        [{ kind: 'SELFIE', contentBase64: 'não é base64', mimeType: 'image/jpeg' }, 'DOCUMENT.INVALID_CONTENT'],
        [{ kind: 'SELFIE', contentBase64: PNG.toString('base64'), mimeType: 'image/jpeg' }, 'DOCUMENT.INVALID_CONTENT'],
        [{ kind: 'PASSPORT', contentBase64: JPEG.toString('base64'), mimeType: 'image/jpeg' }, 'REQUEST.INVALID_BODY'],
      ] as const) {
        const reply = await digital.post(`proposals/${id}/documents`, body);
        expect([reply.status, reply.body.code]).toEqual([400, code]);
      }
      const beyondParser = await digital.post(`proposals/${id}/documents`, { kind: 'SELFIE', contentBase64: 'A'.repeat(3_200_000), mimeType: 'image/jpeg' });
      expect([beyondParser.status, beyondParser.body.code]).toEqual([413, 'REQUEST.TOO_LARGE']);
      expect(await countRows(service, TABLES)).toEqual(before);
    });
  });

  describe('idempotent creation (R-PR-7)', () => {
    it('answers a retry with the first answer and one row; another body with the same key is a 409', async () => {
      const corban = api(service, 'corban');
      const customerId = await registerRetiree();
      const key = randomUUID();
      const body = inssProposal(customerId);
      const first = await corban.post('proposals', body, { 'Idempotency-Key': key });
      const before = await countRows(service, ['proposal', 'outbox', 'idempotency_key']);
      const reordered = Object.fromEntries(Object.entries(body).reverse());
      const second = await corban.post('proposals', reordered, { 'Idempotency-Key': key });
      expect(second.status).toBe(201);
      expect(second.body).toEqual(first.body);
      expect(second.headers.get('idempotent-replayed')).toBe('true');
      const conflict = await corban.post('proposals', { ...body, termMonths: 84 }, { 'Idempotency-Key': key });
      expect([conflict.status, conflict.body.code]).toEqual([409, 'PROPOSAL.IDEMPOTENCY_CONFLICT']);
      expect(await countRows(service, ['proposal', 'outbox', 'idempotency_key'])).toEqual(before);
      const list = await corban.get(`proposals?customerId=${customerId}`);
      expect(list.body.items.map((p: any) => p.id)).toEqual([first.body.id]);
      // Keys are scoped per partner: the other corban's same key is its own first request.
      const beta = await api(service, 'corban', { client: CLIENTS.corbanBeta }).post('proposals', body, { 'Idempotency-Key': key });
      expect(beta.status).toBe(201);
      expect(beta.body.id).not.toBe(first.body.id);
    });
  });

  describe('idempotent creation under concurrency (R-PR-7)', () => {
    it('five simultaneous requests with one key create one proposal and all get its answer', async () => {
      const customerId = await registerRetiree('internal');
      const key = randomUUID();
      const replies = await Promise.all(Array.from({ length: 5 }, () => api(service, 'internal').post('proposals', inssProposal(customerId), { 'Idempotency-Key': key })));
      expect(replies.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
      expect(new Set(replies.map((r) => r.body.id)).size).toBe(1);
      expect((await api(service, 'internal').get(`proposals?customerId=${customerId}`)).body.items).toHaveLength(1);
      await tap.find(topicOf(service, 'ProposalCreated'), (e) => e.payload?.proposalId === replies[0].body.id);
      expect(tap.all(topicOf(service, 'ProposalCreated'), (e) => e.payload?.customerId === customerId)).toHaveLength(1);
    });
  });

  describe('a customer reaches only their own data (R-SEC-1)', () => {
    it('registers only their own CPF, as the customer their login is', async () => {
      const maria = api(service, 'digital');
      const before = await countRows(service, TABLES);
      const other = await maria.post('customers', retiree());
      expect([other.status, other.body.code]).toEqual([403, 'CUSTOMER.CPF_FORBIDDEN']);
      expect(await countRows(service, TABLES)).toEqual(before);
      const own = await maria.post('customers', retiree({ cpf: maria.cpf }));
      expect(own.status).toBe(201);
      expect(own.body.id).toBe((await testIdentity().customerSession(maria.cpf)).accountId);
    });

    it('another customer\'s record and proposals are "not found", and their list is only their own', async () => {
      const maria = api(service, 'digital');
      const joao = api(service, 'digital');
      const mariaId = (await maria.post('customers', retiree({ cpf: maria.cpf }))).body.id;
      const joaoId = (await joao.post('customers', retiree({ cpf: joao.cpf }))).body.id;
      const proposal = (await maria.post('proposals', inssProposal(mariaId))).body.id;
      const byCorban = (await api(service, 'corban').post('proposals', inssProposal(mariaId))).body.id;
      expect((await maria.get(`proposals/${byCorban}`)).status).toBe(200);
      for (const reply of [await joao.get(`customers/${mariaId}`), await joao.get(`proposals/${proposal}`), await joao.get(`proposals/${proposal}/timeline`), await joao.post(`proposals/${proposal}/cancel`, {})]) {
        expect(reply.status).toBe(404);
      }
      const before = await countRows(service, TABLES);
      const forOther = await joao.post('proposals', inssProposal(mariaId));
      expect([forOther.status, forOther.body.code]).toEqual([404, 'CUSTOMER.NOT_FOUND']);
      expect(await countRows(service, TABLES)).toEqual(before);
      expect((await joao.get(`proposals?customerId=${mariaId}`)).body.items).toEqual([]);
      expect((await joao.get('proposals')).body.items).toEqual([]);
      expect((await maria.get('proposals')).body.items.map((p: any) => p.id).sort()).toEqual([proposal, byCorban].sort());
      expect((await joao.get(`customers/${joaoId}`)).status).toBe(200);
    });
  });

  describe('corban isolation (R-PR-1)', () => {
    it('another partner\'s proposal is "not found" everywhere and missing from its list', async () => {
      const customerId = await registerRetiree();
      const id = (await api(service, 'corban').post('proposals', inssProposal(customerId))).body.id;
      const beta = api(service, 'corban', { client: CLIENTS.corbanBeta });
      for (const reply of [await beta.get(`proposals/${id}`), await beta.get(`proposals/${id}/timeline`), await beta.post(`proposals/${id}/cancel`, {})]) {
        expect([reply.status, reply.body.code, reply.body.detail]).toEqual([404, 'PROPOSAL.NOT_FOUND', 'Proposta não encontrada']);
      }
      expect((await beta.get(`proposals?customerId=${customerId}`)).body.items).toEqual([]);
      expect((await api(service, 'digital').get(`proposals/${id}`)).status).toBe(404);
      expect((await api(service, 'internal').get(`proposals/${id}`)).body.state).toBe('PENDING_MARGIN_CHECK');
    });
  });

  describe('bad input (R-X-1)', () => {
    it('answers 400 with a code and pt-BR message and writes nothing', async () => {
      const customerId = await registerRetiree();
      const servant = (await api(service, 'internal').post('customers', retiree({ linkType: 'SERVIDOR', benefit: undefined }))).body.id;
      const before = await countRows(service, TABLES);
      const corban = api(service, 'corban');
      const cases: Array<[Promise<{ status: number; body: any }>, number, string]> = [
        [corban.post('customers', retiree({ cpf: '52998224724' })), 400, 'CUSTOMER.INVALID_CPF'],
        [corban.post('customers', retiree({ benefit: undefined })), 400, 'CUSTOMER.INVALID_BENEFIT'],
        [corban.post('customers', { ...retiree(), monthlyIncome: 2000 }), 400, 'REQUEST.INVALID_BODY'],
        [corban.post('customers', '{"cpf": '), 400, 'REQUEST.MALFORMED_BODY'],
        [corban.post('customers', retiree({ name: 'x'.repeat(200_000) })), 413, 'REQUEST.TOO_LARGE'],
        [corban.post('proposals', inssProposal(customerId, { requestedAmount: '10000.001' })), 400, 'REQUEST.INVALID_BODY'],
        [corban.post('proposals', inssProposal(customerId, { unknownField: 1 })), 400, 'REQUEST.INVALID_BODY'],
        [corban.post('proposals', inssProposal(customerId, { operationType: 'REFINANCING' })), 400, 'PROPOSAL.INVALID_OPERATION'],
        [corban.post('proposals', inssProposal(customerId, { contractDate: '2026-03-09' })), 400, 'PROPOSAL.INVALID_CONTRACT_DATE'],
        [corban.post('proposals', inssProposal(customerId), { 'Idempotency-Key': 'has spaces' }), 400, 'PROPOSAL.INVALID_IDEMPOTENCY_KEY'],
        [corban.post('proposals', inssProposal(customerId, { monthlyRate: '0.0190' }), { 'Idempotency-Key': randomUUID() }), 422, 'PRICING.RATE_ABOVE_CAP'],
        [corban.post('proposals', inssProposal(servant)), 422, 'PROPOSAL.PRODUCT_NOT_ALLOWED'],
        // R-PR-4: what each operation asks for.
        [corban.post('proposals', inssProposal(customerId, { requestedAmount: '0.00' })), 400, 'PROPOSAL.INVALID_AMOUNT'],
        [corban.post('proposals', inssProposal(customerId, { requestedAmount: undefined })), 400, 'PROPOSAL.INVALID_AMOUNT'],
        [corban.post('proposals', inssProposal(customerId, { operationType: 'REFINANCING', refinancedContractId: randomUUID(), requestedAmount: undefined })), 400, 'PROPOSAL.INVALID_AMOUNT'],
        [corban.post('proposals', inssProposal(customerId, { operationType: 'REFINANCING', refinancedContractId: randomUUID(), requestedAmount: '-1.00' })), 400, 'REQUEST.INVALID_BODY'],
        [corban.post('proposals', inssProposal(customerId, { operationType: 'PORTABILITY', portability: ORIGIN })), 400, 'PROPOSAL.INVALID_OPERATION'],
        [corban.post('proposals', inssProposal(customerId, { operationType: 'PORTABILITY', portability: { ...ORIGIN, originInstitutionIspb: '123' }, requestedAmount: undefined })), 400, 'REQUEST.INVALID_BODY'],
        [corban.post('proposals', inssProposal(customerId, { operationType: 'PORTABILITY', requestedAmount: undefined })), 400, 'PROPOSAL.INVALID_OPERATION'],
        [corban.post('proposals', inssProposal(customerId, { product: 'PERSONAL', operationType: 'PORTABILITY', portability: ORIGIN, requestedAmount: undefined, termMonths: 12 })), 422, 'PROPOSAL.OPERATION_NOT_ALLOWED'],
        [corban.post('proposals', inssProposal(randomUUID())), 404, 'CUSTOMER.NOT_FOUND'],
      ];
      for (const [pending, status, code] of cases) {
        const reply = await pending;
        expect([reply.status, reply.body.code]).toEqual([status, code]);
        expect(reply.body.detail).toMatch(/[a-zà-ú]{3}/);
      }
      expect(await countRows(service, TABLES)).toEqual(before);
    });
  });
});
