import nodemailer from 'nodemailer';
import { startMailSink, type RunningMailSink } from '../src/mail-sink';
import { startTestSink } from './start-sink';

/** The sink as a test double for notification's e-mail adapter: SMTP in, JSON out. */
describe('mail sink over real sockets', () => {
  let sink: RunningMailSink;
  let api: string;

  beforeAll(async () => {
    ({ sink, api } = await startTestSink());
  });

  afterAll(async () => {
    await sink?.close();
  });

  const send = (to: string, subject: string, text: string) =>
    nodemailer.createTransport({ host: '127.0.0.1', port: sink.smtpPort, secure: false }).sendMail({ from: 'ConsignadoHub <nao-responda@consignadohub.com.br>', to, subject, text });

  const messages = async (to: string): Promise<any[]> => {
    const res = await fetch(`${api}/messages?to=${encodeURIComponent(to)}`);
    expect(res.status).toBe(200);
    return (await res.json()) as any[];
  };

  it('reads back a UTF-8 message sent with nodemailer, newest last', async () => {
    await send('ana@example.com', 'Parcela em atraso', 'Primeira');
    await send('ana@example.com', 'Seu contrato está ativo — ação concluída', 'Você receberá R$ 10.000,00.\nObrigado!');
    await send('bia@example.com', 'Outra pessoa', 'Não é da Ana');

    const found = await messages('ana@example.com');
    expect(found.map((m) => m.subject)).toEqual(['Parcela em atraso', 'Seu contrato está ativo — ação concluída']);
    expect(found[1]).toEqual({
      id: expect.any(String),
      from: 'ConsignadoHub <nao-responda@consignadohub.com.br>',
      to: ['ana@example.com'],
      subject: 'Seu contrato está ativo — ação concluída',
      text: 'Você receberá R$ 10.000,00.\nObrigado!',
      receivedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
    });
  });

  it('forgets everything on DELETE /messages', async () => {
    await send('caio@example.com', 'Oi', 'texto');
    expect(await messages('caio@example.com')).toHaveLength(1);
    expect((await fetch(`${api}/messages`, { method: 'DELETE' })).status).toBe(204);
    expect(await messages('caio@example.com')).toEqual([]);
  });

  it('answers health and refuses unknown routes with a code and a pt-BR message', async () => {
    expect((await fetch(`${api}/health/live`)).status).toBe(200);
    const ready = await fetch(`${api}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ok', checks: { smtp: 'up', smpp: 'up', http: 'up' } });
    const res = await fetch(`${api}/nada`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({ code: 'REQUEST.NOT_FOUND', message: 'Recurso não encontrado' });
    expect((await fetch(`${api}/messages`, { method: 'POST' })).status).toBe(405);
  });

  it('refuses to start, naming the listener, when a port is taken, and leaves nothing open', async () => {
    const taken = { HOST: '127.0.0.1', PORT: 0, SMTP_PORT: 0, SMPP_PORT: sink.smppPort, SMPP_PASSWORD: 'dev-smpp' };
    await expect(startMailSink(taken)).rejects.toThrow(`SMPP cannot listen on 127.0.0.1:${sink.smppPort}: EADDRINUSE`);
  });
});
