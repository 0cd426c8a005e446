import type { TestService } from '@consignado/testing';
import type { CtcMockConfig } from '../src/config';
import { clients, newContract, originContract, requestFor, startCtc } from './support';

const BANK = '99100002';

/** Business-day deadlines on the exchange's clock, expired by the sweeper (and by a late move). */
describe('mock CTC: deadlines by the clock', () => {
  let ctc: TestService<CtcMockConfig>;
  let api: ReturnType<typeof clients>;

  beforeAll(async () => {
    ctc = await startCtc();
    api = clients(ctc.baseUrl);
  });

  afterEach(async () => {
    await api.admin('PUT', '/admin/clock', { today: null });
  });

  afterAll(async () => {
    await ctc?.close();
  });

  const today = async (date: string) => expect((await api.admin('PUT', '/admin/clock', { today: date })).body).toEqual({ today: date, adjusted: true });
  const sweep = async () => (await api.admin('POST', '/admin/sweep')).body;
  const request = async (behaviour: string) => {
    const contractNumber = newContract();
    await api.admin('POST', '/admin/origin-contracts', originContract(BANK, contractNumber, behaviour));
    return (await api.us.request(requestFor(BANK, contractNumber))).body;
  };

  it('gives a silent origin 5 business days, over Carnival, then rejects DECURSO_DO_PRAZO', async () => {
    await today('2025-02-28');
    const { portabilityNumber: nu, answerDeadline, requestDate } = await request('SILENT');
    expect([requestDate, answerDeadline]).toEqual(['2025-02-28', '2025-03-11']);
    await today('2025-03-11');
    expect((await sweep()).expired).toEqual([]);
    await today('2025-03-12');
    expect(await sweep()).toEqual({ today: '2025-03-12', expired: [{ portabilityNumber: nu, reason: 'DECURSO_DO_PRAZO' }] });
    expect((await api.us.get(nu)).body).toMatchObject({ status: 'REJECTED', closure: { reason: 'DECURSO_DO_PRAZO', by: 'EXCHANGE' } });
    expect((await sweep()).expired).toEqual([]);
  });

  it('rejects an unpaid answer after the due-balance limit (DECURSO_DO_PRAZO_PARA_PAGAMENTO), and refuses the late transfer', async () => {
    await today('2025-04-17'); // Thursday before Good Friday and Tiradentes
    const { portabilityNumber: nu } = await request('ANSWER');
    const answered = await api.until(nu, 'ACCEPTED_SETTLEMENT_IN_PROGRESS');
    expect(answered.answer.dueBalanceLimitDate).toBe('2025-04-22');
    await today('2025-04-23');
    const late = await api.us.move(nu, 'transfer', { amount: '10234.56' });
    expect([late.status, late.body.code, late.body.detail]).toEqual([422, 'CTC.DEADLINE_EXPIRED', 'Prazo encerrado: a portabilidade foi recusada por DECURSO_DO_PRAZO_PARA_PAGAMENTO.']);
    expect((await api.us.get(nu)).body).toMatchObject({ status: 'REJECTED', closure: { reason: 'DECURSO_DO_PRAZO_PARA_PAGAMENTO' } });
    const messages = (await api.us.feed()).body.messages.filter((m: any) => m.portabilityNumber === nu);
    expect(messages.at(-1)).toMatchObject({ status: 'REJECTED', previousStatus: 'ACCEPTED_SETTLEMENT_IN_PROGRESS', role: 'DESTINATION' });
  });

  it('frees the contract once the portability expired: a new request is accepted', async () => {
    await today('2025-06-02');
    const contractNumber = newContract();
    await api.admin('POST', '/admin/origin-contracts', originContract(BANK, contractNumber, 'SILENT'));
    expect((await api.us.request(requestFor(BANK, contractNumber))).status).toBe(201);
    expect((await api.us.request(requestFor(BANK, contractNumber))).body.code).toBe('CTC.PORTABILIDADE_EM_ANDAMENTO');
    await today('2025-06-12');
    expect((await sweep()).expired).toHaveLength(1);
    expect((await api.us.request(requestFor(BANK, contractNumber))).status).toBe(201);
  });

  it('refuses to move the clock when CTC_CLOCK_ADJUSTABLE is false, and needs the admin key', async () => {
    const noKey = await api.call('PUT', '/admin/clock', { today: '2025-01-02' });
    expect([noKey.status, noKey.body.code]).toEqual([401, 'CTC.ADMIN_UNAUTHORIZED']);
    const locked = await startCtc({ CTC_CLOCK_ADJUSTABLE: 'false' });
    try {
      const refused = await clients(locked.baseUrl).admin('PUT', '/admin/clock', { today: '2025-01-02' });
      expect([refused.status, refused.body.code]).toEqual([403, 'CTC.CLOCK_ADJUSTMENT_FORBIDDEN']);
    } finally {
      await locked.close();
    }
  });
});
