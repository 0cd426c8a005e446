/**
 * The number an SMSC routes to (international format, digits only): a Brazilian number stored
 * without the country code (DDD + 8 or 9 digits) gets 55; one with it keeps it.
 */
export function msisdnOf(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return digits.length <= 11 ? `55${digits}` : digits;
}

/** One SMS carries the subject and the body; the SMSC segments or takes it whole (message_payload). */
export const smsTextOf = (message: { subject: string; body: string }): string => `${message.subject}: ${message.body}`;

/** SMPP v3.4 command_status of a refused submit_sm, for the delivery's error (the number is never in it). */
export class SmsRefusedError extends Error {
  constructor(readonly commandStatus: number) {
    super(`SMSC refused the message (command_status 0x${commandStatus.toString(16).padStart(8, '0')})`);
  }
}
