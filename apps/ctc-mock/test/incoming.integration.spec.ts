import type { TestService } from '@consignado/testing';
import type { CtcMockConfig } from '../src/config';
import { clients, newContract, offer, OURS, startCtc } from './support';

const BANK = '99200002';

/** We are the origin: simulated destination banks ask for our contracts. */
describe('mock CTC: incoming requests from simulated destinations', () => {
  let ctc: TestService<CtcMockConfig>;
  let api: ReturnType<typeof clients>;

  beforeAll(async () => {
    ctc = await startCtc();
    api = clients(ctc.baseUrl);
  });

  afterAll(async () => {
    await ctc?.close();
  });

  const incoming = async (behaviour: string, delayMs = 0) => {
    const body = { destinationIspb: BANK, originIspb: OURS, originContractNumber: newContract(), cpf: '529.982.247-25', offer, behaviour, delayMs };
    const opened = await api.admin('POST', '/admin/incoming-portabilities', body);
    expect(opened.status).toBe(201);
    return opened.body;
  };
  const answer = { balance: '8450.12', balanceDate: '2025-03-05', remainingInstallments: 48, installment: '287.40', monthlyRate: '0.0199' };

  it('appears in our feed as PENDING; answered, the bank transfers exactly the balance; we confirm', async () => {
    const { cursor: before } = { cursor: (await api.us.feed()).body.nextCursor };
    const { portabilityNumber: nu } = await incoming('TRANSFER');
    const mine = (await api.us.feed(before)).body.messages;
    expect(mine.map((m: any) => [m.status, m.role])).toEqual([
      ['RECEIVED', 'ORIGIN'],
      ['PENDING', 'ORIGIN'],
    ]);
    expect(mine[1].portability).toMatchObject({ portabilityNumber: nu, status: 'PENDING', cpf: '52998224725', destinationIspb: BANK, offer });

    const wrongSide = await api.us.move(nu, 'transfer', { amount: '1.00' });
    expect([wrongSide.status, wrongSide.body.code]).toEqual([403, 'CTC.ROLE_FORBIDDEN']);
    const answered = await api.us.move(nu, 'balance', answer);
    expect([answered.status, answered.body.status]).toEqual([200, 'ACCEPTED_SETTLEMENT_IN_PROGRESS']);
    const retried = await api.us.move(nu, 'balance', answer);
    expect([retried.status, retried.body.answer.answeredAt]).toEqual([200, answered.body.answer.answeredAt]);
    const changed = await api.us.move(nu, 'balance', { ...answer, balance: '8450.13' });
    expect([changed.status, changed.body.code]).toEqual([409, 'CTC.ANSWER_CONFLICT']);

    const paid = await api.until(nu, 'ACCEPTED_SETTLEMENT_COMPLETED');
    expect(paid.transfer).toMatchObject({ amount: '8450.12', strMessage: 'STR0047', confirmationDeadline: expect.any(String) });
    const early = await api.us.move(nu, 'cancellation');
    expect([early.status, early.body.code]).toEqual([403, 'CTC.ROLE_FORBIDDEN']);
    const confirmed = await api.us.move(nu, 'settlement-confirmation', { receipt: 'QUIT-CTR-1' });
    expect([confirmed.status, confirmed.body.status, confirmed.body.settlement.receipt]).toEqual([200, 'PORTABILITY_COMPLETED', 'QUIT-CTR-1']);
    expect((await api.us.move(nu, 'settlement-confirmation', {})).status).toBe(200);
    const statuses = (await api.us.feed(before)).body.messages.map((m: any) => m.status);
    expect(statuses).toEqual(['RECEIVED', 'PENDING', 'ACCEPTED_SETTLEMENT_IN_PROGRESS', 'ACCEPTED_SETTLEMENT_COMPLETED', 'PORTABILITY_COMPLETED']);
  });

  it('a retention offer keeps it PENDING; our refusal RETENCAO_DO_CLIENTE ends it', async () => {
    const { portabilityNumber: nu } = await incoming('TRANSFER');
    const offered = await api.us.move(nu, 'balance', { ...answer, retentionOffer: { monthlyRate: '0.0149', installment: '250.00', termMonths: 48 } });
    expect([offered.body.status, offered.body.answer.retentionOffer.installment]).toEqual(['PENDING', '250.00']);
    const retained = await api.us.move(nu, 'rejection', { reason: 'RETENCAO_DO_CLIENTE', detail: 'aceitou em 05/03' });
    expect(retained.body).toMatchObject({ status: 'REJECTED', closure: { reason: 'RETENCAO_DO_CLIENTE', by: 'ORIGIN', detail: 'aceitou em 05/03' } });
    const notOurs = await api.us.move(nu, 'rejection', { reason: 'POLITICA_DE_CREDITO' });
    expect([notOurs.status, notOurs.body.code]).toEqual([422, 'CTC.REASON_NOT_ALLOWED']);
  });

  it('a bank that cancels after our answer; one that never pays stays for the sweeper', async () => {
    const cancelling = await incoming('CANCEL');
    await api.us.move(cancelling.portabilityNumber, 'balance', answer);
    const cancelled = await api.until(cancelling.portabilityNumber, 'CANCELLED');
    expect(cancelled.closure).toMatchObject({ reason: 'CANCELADO_PELO_CLIENTE', by: 'DESTINATION' });

    const silent = await incoming('NO_TRANSFER');
    await api.us.move(silent.portabilityNumber, 'balance', answer);
    await new Promise((r) => setTimeout(r, 300));
    expect((await api.us.get(silent.portabilityNumber)).body.status).toBe('ACCEPTED_SETTLEMENT_IN_PROGRESS');
  });

  it('refuses scripts that would simulate a participant', async () => {
    const asDestination = await api.admin('POST', '/admin/incoming-portabilities', { destinationIspb: OURS, originIspb: OURS, originContractNumber: newContract(), cpf: '52998224725', behaviour: 'TRANSFER' });
    expect([asDestination.status, asDestination.body.code]).toEqual([422, 'CTC.PARTICIPANT_NOT_SIMULATED']);
    const toSimulated = await api.admin('POST', '/admin/incoming-portabilities', { destinationIspb: BANK, originIspb: '99100001', originContractNumber: newContract(), cpf: '52998224725', behaviour: 'TRANSFER' });
    expect([toSimulated.status, toSimulated.body.code]).toEqual([422, 'CTC.ORIGIN_NOT_PARTICIPANT']);
    const contract = await api.admin('POST', '/admin/origin-contracts', { ispb: OURS, contractNumber: 'X-1', cpf: '52998224725', balance: '1.00', remainingInstallments: 1, installment: '1.00', monthlyRate: '0.01', behaviour: 'ANSWER' });
    expect([contract.status, contract.body.code]).toEqual([422, 'CTC.PARTICIPANT_NOT_SIMULATED']);
  });
});
