import type { Sms } from './sms-center';

/**
 * registered_delivery bits 1–0 (SMPP v3.4 §5.2.17): 01 asks for a receipt on success or failure,
 * 11 (SMPP v5.0) on success only. The sink delivers every message it accepts, so both get one.
 */
export function wantsReceipt(registeredDelivery: number): boolean {
  const bits = registeredDelivery & 0x03;
  return bits === 0x01 || bits === 0x03;
}

/**
 * The short_message of the delivery receipt (SMPP v3.4 Appendix B) for a message delivered at
 * `doneAt`: dates as YYMMDDhhmm in UTC, `text:` the first 20 characters of the message.
 */
export function deliveryReceipt(sms: Pick<Sms, 'id' | 'text' | 'receivedAt'>, doneAt: Date): string {
  const text = Array.from(sms.text).slice(0, 20).join('');
  return `id:${sms.id} sub:001 dlvrd:001 submit date:${smppDate(new Date(sms.receivedAt))} done date:${smppDate(doneAt)} stat:DELIVRD err:000 text:${text}`;
}

function smppDate(date: Date): string {
  return date.toISOString().replace(/\D/g, '').slice(2, 12);
}
