import type { TestService } from '@consignado/testing';
import type { CtcMockConfig } from '../src/config';
import { clients, newContract, OURS, originContract, requestFor, startCtc } from './support';

const BANK = '99100001';

/** We are the destination: our requests to simulated origin banks, on the real PostgreSQL over HTTP. */
describe('mock CTC: our requests to simulated origins', () => {
  let ctc: TestService<CtcMockConfig>;
  let api: ReturnType<typeof clients>;

  beforeAll(async () => {
    ctc = await startCtc();
    api = clients(ctc.baseUrl);
  });

  afterAll(async () => {
    await ctc?.close();
  });

  const open = async (behaviour: string, extra: Record<string, unknown> = {}) => {
    const contractNumber = newContract();
    expect((await api.admin('POST', '/admin/origin-contracts', originContract(BANK, contractNumber, behaviour, extra))).status).toBe(201);
    const requested = await api.us.request(requestFor(BANK, contractNumber));
    expect(requested.status).toBe(201);
    return requested.body;
  };

  it('is answered with the balance, paid exactly, and confirmed with a receipt', async () => {
    const requested = await open('ANSWER');
    expect(requested).toMatchObject({ status: 'PENDING', portabilityNumber: expect.stringMatching(/^\d{21}$/), destinationIspb: OURS, originIspb: BANK, offer: { installment: '262.10' } });
    const nu = requested.portabilityNumber;
    const answered = await api.until(nu, 'ACCEPTED_SETTLEMENT_IN_PROGRESS');
    expect(answered.answer).toMatchObject({ balance: '10234.56', remainingInstallments: 60, installment: '310.00', monthlyRate: '0.0214', dueBalanceLimitDate: expect.any(String) });

    const wrong = await api.us.move(nu, 'transfer', { amount: '10234.55' });
    expect([wrong.status, wrong.body.code, wrong.body.details]).toEqual([422, 'CTC.TRANSFER_AMOUNT_MISMATCH', { amount: '10234.55', balance: '10234.56' }]);
    const paid = await api.us.move(nu, 'transfer', { amount: '10234.56' });
    expect([paid.status, paid.body.status, paid.body.transfer.strMessage]).toEqual([200, 'ACCEPTED_SETTLEMENT_COMPLETED', 'STR0047']);
    const again = await api.us.move(nu, 'transfer', { amount: '10234.56' });
    expect([again.status, again.body.transfer.transferredAt]).toEqual([200, paid.body.transfer.transferredAt]);

    const completed = await api.until(nu, 'PORTABILITY_COMPLETED');
    expect(completed.settlement.receipt).toMatch(/^QUIT-CT-/);
    const statuses = (await api.us.feed()).body.messages.filter((m: any) => m.portabilityNumber === nu).map((m: any) => m.status);
    expect(statuses).toEqual(['RECEIVED', 'PENDING', 'ACCEPTED_SETTLEMENT_IN_PROGRESS', 'ACCEPTED_SETTLEMENT_COMPLETED', 'PORTABILITY_COMPLETED']);
  });

  it('is refused with the bank’s reason', async () => {
    const { portabilityNumber: nu } = await open('REFUSE', { refusalReason: 'CONTRATO_LIQUIDADO' });
    const refused = await api.until(nu, 'REJECTED');
    expect(refused.closure).toMatchObject({ kind: 'REJECTED', reason: 'CONTRATO_LIQUIDADO', by: 'ORIGIN' });
  });

  it('is refused as CONTRATO_NAO_ENCONTRADO when no simulated bank has the contract', async () => {
    const requested = await api.us.request(requestFor('99100077', newContract()));
    const refused = await api.until(requested.body.portabilityNumber, 'REJECTED');
    expect(refused.closure).toMatchObject({ reason: 'CONTRATO_NAO_ENCONTRADO', by: 'ORIGIN' });
  });

  it('is retained: a counter-offer, then RETENCAO_DO_CLIENTE', async () => {
    const { portabilityNumber: nu } = await open('RETAIN', { answerDelayMs: 300 });
    const offered = await waitForAnswer(nu);
    expect([offered.status, offered.answer.retentionOffer]).toEqual(['PENDING', { monthlyRate: '0.01712', installment: '279.00', termMonths: 60 }]);
    const retained = await api.until(nu, 'REJECTED');
    expect(retained.closure).toMatchObject({ reason: 'RETENCAO_DO_CLIENTE', by: 'ORIGIN' });
    const transfer = await api.us.move(nu, 'transfer', { amount: '10234.56' });
    expect([transfer.status, transfer.body.code]).toEqual([409, 'CTC.ILLEGAL_TRANSITION']);
  });

  it('ends in PAYMENT_ISSUE when the bank returns our transfer (STR0048)', async () => {
    const { portabilityNumber: nu } = await open('RETURN_FUNDS');
    await api.until(nu, 'ACCEPTED_SETTLEMENT_IN_PROGRESS');
    expect((await api.us.move(nu, 'transfer', { amount: '10234.56' })).status).toBe(200);
    const returned = await api.until(nu, 'PAYMENT_ISSUE');
    expect(returned.closure).toMatchObject({ kind: 'PAYMENT_ISSUE', reason: 'DEVOLUCAO_STR0048', strMessage: 'STR0048' });
  });

  const waitForAnswer = async (nu: string) => {
    for (let k = 0; k < 200; k++) {
      const current = (await api.us.get(nu)).body;
      if (current.answer) return current;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`no answer on ${nu}`);
  };
});
