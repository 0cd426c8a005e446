import MailComposer from 'nodemailer/lib/mail-composer';
import { decodeWords, parseMail, qpBytes } from './mime';

const SUBJECT = 'Sua proposta de crédito não foi aprovada — ação necessária';
const TEXT = 'Olá, João!\nParcela de R$ 1.234,56 • vence em 10/04/2026.\n' + 'Ações e condições. '.repeat(8).trim();

const compose = (options: ConstructorParameters<typeof MailComposer>[0]): Promise<Buffer> => new MailComposer({ newline: 'win', ...options }).compile().build();

describe('decodeWords (RFC 2047)', () => {
  it.each([
    ['=?UTF-8?Q?Cr=C3=A9dito_aprovado?=', 'Crédito aprovado'],
    ['=?utf-8?B?Q3LDqWRpdG8gYXByb3ZhZG8=?=', 'Crédito aprovado'],
    ['=?ISO-8859-1?Q?a=E7=E3o?=', 'ação'],
    ['Aviso: =?UTF-8?Q?parcela_em_atraso?= hoje', 'Aviso: parcela em atraso hoje'],
    // RFC 2047 §8: white space between adjacent encoded-words is dropped.
    ['=?UTF-8?Q?a?= =?UTF-8?Q?b?=', 'ab'],
    // A two-byte character split across two words.
    ['=?UTF-8?Q?n=C3?= =?UTF-8?Q?=A3o?=', 'não'],
    ['Sem codificação', 'Sem codificação'],
  ])('%s → %s', (encoded, decoded) => expect(decodeWords(encoded)).toBe(decoded));
});

describe('quoted-printable', () => {
  it('drops soft line breaks and decodes =XX bytes', () => {
    expect(qpBytes('Ol=C3=A1, Jo=\r\n=C3=A3o=3D').toString('utf8')).toBe('Olá, João=');
  });
});

describe('parseMail reads back what nodemailer composes', () => {
  it.each([
    ['quoted-printable body, Q subject', { encoding: 'quoted-printable', textEncoding: 'Q' as const }],
    ['base64 body, B subject', { encoding: 'base64', textEncoding: 'B' as const }],
  ])('%s', async (_label, encodings) => {
    const raw = await compose({ from: 'ConsignadoHub <nao-responda@consignadohub.com.br>', to: 'cliente@example.com', subject: SUBJECT, text: TEXT, ...encodings });
    expect(parseMail(raw)).toEqual({ subject: SUBJECT, from: 'ConsignadoHub <nao-responda@consignadohub.com.br>', text: TEXT });
  });

  it('takes the text/plain part of a multipart/alternative message', async () => {
    const raw = await compose({ from: 'a@example.com', to: 'b@example.com', subject: SUBJECT, text: TEXT, html: '<p>HTML</p>' });
    expect(raw.toString('latin1')).toContain('multipart/alternative');
    expect(parseMail(raw)).toMatchObject({ subject: SUBJECT, text: TEXT });
  });

  it('keeps an empty text when there is no text/plain part', async () => {
    const raw = await compose({ from: 'a@example.com', to: 'b@example.com', subject: 'Só HTML', html: '<p>HTML</p>' });
    expect(parseMail(raw)).toEqual({ subject: 'Só HTML', from: 'a@example.com', text: '' });
  });
});
