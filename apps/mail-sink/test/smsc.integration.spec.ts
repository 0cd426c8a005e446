import { connect, type SmppPdu, type SmppSession } from 'smpp';
import type { RunningMailSink } from '../src/mail-sink';
import { startTestSink } from './start-sink';

const PT_BR = 'Seu contrato foi bloqueado — ação necessária';
const ESME_ROK = 0x00;
const ESME_RINVBNDSTS = 0x04;
const ESME_RTHROTTLED = 0x58;
const ESME_RBINDFAIL = 0x0d;
const ESME_RINVPASWD = 0x0e;

/** The local SMSC as notification's SMS adapter sees it: an `smpp` client over a real socket. */
describe('SMSC over SMPP v3.4', () => {
  let sink: RunningMailSink;
  let api: string;
  const open: SmppSession[] = [];

  beforeAll(async () => ({ sink, api } = await startTestSink()));
  afterEach(() => open.splice(0).forEach((session) => session.destroy()));
  afterAll(() => sink?.close());

  const client = () => new Promise<SmppSession>((resolve, reject) => {
    const session = connect(`smpp://127.0.0.1:${sink.smppPort}`, () => resolve(session));
    session.on('error', reject);
    open.push(session);
  });
  const reply = (call: (done: (pdu: SmppPdu) => void) => unknown) => new Promise<SmppPdu>((resolve) => call(resolve));
  const bound = async (password = 'dev-smpp', mode: 'bind_transceiver' | 'bind_transmitter' = 'bind_transceiver') => {
    const session = await client();
    expect((await reply((done) => session[mode]({ system_id: 'consignado', password }, done))).command_status).toBe(ESME_ROK);
    return session;
  };
  const smsTo = async (to: string): Promise<any[]> => {
    const res = await fetch(`${api}/sms?to=${encodeURIComponent(to)}`);
    expect(res.status).toBe(200);
    return (await res.json()) as any[];
  };

  it('accepts a UCS-2 pt-BR submit_sm with a message_id, sends the receipt asked for, and shows the decoded text', async () => {
    const session = await bound();
    const receipt = new Promise<SmppPdu>((resolve) => session.on('deliver_sm', (pdu: SmppPdu) => (session.send(pdu.response()), resolve(pdu))));
    const answer = await reply((done) => session.submit_sm({ source_addr: 'CONSIGNADO', destination_addr: '5511999998888', data_coding: 0x08, short_message: PT_BR, registered_delivery: 1 }, done));
    expect(answer.command_status).toBe(ESME_ROK);
    expect(answer.message_id).toMatch(/^[0-9a-f-]{36}$/);

    const delivered = await receipt;
    expect(delivered.esm_class).toBe(0x04);
    expect(delivered).toMatchObject({ source_addr: '5511999998888', destination_addr: 'CONSIGNADO', receipted_message_id: answer.message_id, message_state: 2 });
    const text = (delivered.short_message as { message: string }).message;
    expect(text).toMatch(new RegExp(`^id:${answer.message_id} sub:001 dlvrd:001 submit date:\\d{10} done date:\\d{10} stat:DELIVRD err:000 text:Seu contrato foi blo$`));

    expect(await smsTo('+5511999998888')).toEqual([{ id: answer.message_id, from: 'CONSIGNADO', to: '5511999998888', text: PT_BR, dataCoding: 8, receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/) }]);
  });

  it('reads message_payload in whatever coding the package picks, and sends no receipt unasked', async () => {
    const session = await bound('dev-smpp', 'bind_transmitter');
    let receipts = 0;
    session.on('deliver_sm', () => receipts++);
    for (const text of ['Parcela em atraso', 'Olá, você tem uma proposta', PT_BR]) {
      expect((await reply((done) => session.submit_sm({ source_addr: 'CONSIGNADO', destination_addr: '5521988887777', message_payload: text }, done))).command_status).toBe(ESME_ROK);
    }
    expect((await reply((done) => session.enquire_link(done))).command_status).toBe(ESME_ROK);
    expect((await smsTo('5521988887777')).map((sms) => [sms.text, sms.dataCoding])).toEqual([['Parcela em atraso', 1], ['Olá, você tem uma proposta', 3], [PT_BR, 8]]);
    expect(receipts).toBe(0);
  });

  it.each([
    ['a wrong password', 'consignado', 'errada', ESME_RINVPASWD],
    ['another system_id', 'outro', 'dev-smpp', ESME_RBINDFAIL],
  ])('refuses a bind with %s and closes the connection', async (_label, systemId, password, status) => {
    const session = await client();
    const closed = new Promise<void>((resolve) => session.on('close', () => resolve()));
    expect((await reply((done) => session.bind_transceiver({ system_id: systemId, password }, done))).command_status).toBe(status);
    await closed;
  });

  it('refuses submit_sm before a bind', async () => {
    const session = await client();
    expect((await reply((done) => session.submit_sm({ destination_addr: '5511999998888', short_message: 'oi' }, done))).command_status).toBe(ESME_RINVBNDSTS);
  });

  it('answers the status armed by POST /sms/fail-next once, keeping nothing, then accepts again', async () => {
    const armed = await fetch(`${api}/sms/fail-next`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ count: 1, status: ESME_RTHROTTLED }) });
    expect(armed.status).toBe(204);
    const session = await bound();
    const submit = () => reply((done) => session.submit_sm({ source_addr: 'CONSIGNADO', destination_addr: '5531977776666', short_message: 'Tente de novo' }, done));
    expect((await submit()).command_status).toBe(ESME_RTHROTTLED);
    expect(await smsTo('5531977776666')).toEqual([]);
    expect((await submit()).command_status).toBe(ESME_ROK);
    expect(await smsTo('5531977776666')).toHaveLength(1);
    expect((await fetch(`${api}/sms/fail-next`, { method: 'POST', body: JSON.stringify({ count: 1, status: 0 }) })).status).toBe(400);
  });

  it('unbinds cleanly and forgets everything on DELETE /sms', async () => {
    const session = await bound();
    const closed = new Promise<void>((resolve) => session.on('close', () => resolve()));
    expect((await reply((done) => session.unbind(done))).command).toBe('unbind_resp');
    await closed;
    expect((await fetch(`${api}/sms`, { method: 'DELETE' })).status).toBe(204);
    expect(await (await fetch(`${api}/sms`)).json()).toEqual([]);
  });
});
