/** short_message or message_payload as the smpp package hands it over. */
type MessageField = string | Buffer | { message?: string | Buffer } | null | undefined;

/** The submit_sm fields the text comes from (the rest of the PDU may come along). */
export interface SubmittedText {
  [field: string]: unknown;
  data_coding?: unknown;
  short_message?: unknown;
  message_payload?: unknown;
}

const UCS2 = 0x08;

/**
 * The text of a submit_sm: short_message, or message_payload when short_message is empty (SMPP
 * v3.4 §5.3.2.32 allows one or the other). The smpp package already decodes the codings it knows
 * (0 and 1 as GSM 03.38 septets, one per octet; 3 as Latin-1; 8 as UCS-2) and drops the UDH;
 * octets it leaves undecoded are decoded here by data_coding.
 */
export function smsText(fields: SubmittedText): string {
  const dataCoding = typeof fields.data_coding === 'number' ? fields.data_coding : 0;
  return textOf(fields.short_message as MessageField, dataCoding) || textOf(fields.message_payload as MessageField, dataCoding);
}

/** Octets to text: UCS-2 big-endian for data_coding 8, else one character per octet (Latin-1, of which ASCII/IA5 is a part). */
export function decodeOctets(octets: Buffer, dataCoding: number): string {
  if (dataCoding !== UCS2) return octets.toString('latin1');
  // A trailing odd octet is not a character; swap16 needs an even length.
  const even = Buffer.from(octets.subarray(0, octets.length - (octets.length % 2)));
  return even.swap16().toString('utf16le');
}

function textOf(field: MessageField, dataCoding: number): string {
  const value = field !== null && typeof field === 'object' && !Buffer.isBuffer(field) ? field.message : field;
  if (typeof value === 'string') return value;
  return Buffer.isBuffer(value) ? decodeOctets(value, dataCoding) : '';
}
