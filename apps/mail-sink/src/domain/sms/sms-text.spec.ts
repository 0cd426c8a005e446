import * as smpp from 'smpp';
import type { SmppPdu } from 'smpp';
import { decodeOctets, smsText } from './sms-text';

/** The package's PDU codec, to hand smsText exactly what the SMSC receives over the wire. */
const { PDU } = smpp as unknown as { PDU: new (commandOrBytes: string | Buffer, options?: Record<string, unknown>) => SmppPdu & { toBuffer(): Buffer } };
const overTheWire = (options: Record<string, unknown>): SmppPdu => new PDU(new PDU('submit_sm', { destination_addr: '5511999998888', ...options }).toBuffer());

const PT_BR = 'Seu contrato foi bloqueado — ação necessária';

describe('smsText: a submit_sm as the smpp package decodes it', () => {
  it.each([
    ['8, UCS-2', 0x08, PT_BR],
    ['3, Latin-1', 0x03, 'Ação concluída, João'],
    ['0, SMSC default (GSM 03.38)', 0x00, 'Parcela em atraso: R$ 10,00 @ hoje'],
  ])('data_coding %s', (_label, dataCoding, text) => {
    const pdu = overTheWire({ data_coding: dataCoding, short_message: text });
    expect(pdu.data_coding).toBe(dataCoding);
    expect(smsText(pdu)).toBe(text);
  });

  it.each([
    ['GSM-only text as 1', 'Parcela em atraso', 0x01],
    ['accented text as Latin-1', 'Olá, você', 0x03],
    ['text beyond Latin-1 as UCS-2', PT_BR, 0x08],
  ])('reads back a coding the package picked itself: %s', (_label, text, dataCoding) => {
    const pdu = overTheWire({ short_message: text });
    expect(pdu.data_coding).toBe(dataCoding);
    expect(smsText(pdu)).toBe(text);
  });

  it('takes message_payload when short_message is empty', () => {
    expect(smsText(overTheWire({ data_coding: 0x08, message_payload: PT_BR }))).toBe(PT_BR);
  });

  it('decodes octets the package leaves alone (a coding it does not know) as Latin-1', () => {
    const pdu = overTheWire({ data_coding: 0x04, short_message: Buffer.from('ação', 'latin1') });
    expect(smsText(pdu)).toBe('ação');
  });
});

describe('decodeOctets', () => {
  it.each([
    ['UCS-2 big-endian', '00e700e3006f', 0x08, 'ção'],
    ['UCS-2 surrogate pair', 'd83dde00', 0x08, '😀'],
    ['UCS-2 with a stray odd octet', '0041ff', 0x08, 'A'],
    ['Latin-1', 'e7e36f', 0x03, 'ção'],
    ['SMSC default as Latin-1', '4f6c61', 0x00, 'Ola'],
  ])('%s', (_label, hex, dataCoding, text) => expect(decodeOctets(Buffer.from(hex, 'hex'), dataCoding)).toBe(text));

  it('reads raw octets in a field too', () => {
    expect(smsText({ data_coding: 0x08, short_message: Buffer.from('00e700e3006f', 'hex') })).toBe('ção');
  });
});
