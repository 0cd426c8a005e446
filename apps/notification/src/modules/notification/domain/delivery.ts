import { randomUUID } from 'node:crypto';

export const CHANNELS = ['PUSH', 'EMAIL', 'SMS'] as const;
export type Channel = (typeof CHANNELS)[number];

/**
 * PENDING until the first attempt, RETRYING after a failure, SENT once; never dropped — except
 * CANCELLED: there is no address left to send to, because the customer's personal data was erased
 * (LGPD) or the push device is gone (removed by the customer, or the push service answered 404/410).
 * Only PENDING and RETRYING are ever tried.
 */
export type DeliveryStatus = 'PENDING' | 'RETRYING' | 'SENT' | 'CANCELLED';

/** Where the customer can be reached, as last told by CustomerContactChanged. */
export interface ContactAddresses {
  email?: string;
  phone?: string;
  /** The customer's push devices (their subscriptions' ids), oldest first. */
  pushSubscriptionIds?: readonly string[];
}

export interface Recipient {
  channel: Channel;
  /** Push subscription id (PUSH), e-mail (EMAIL) or phone (SMS): the last two personal data, never logged in clear. */
  address: string;
}

/** One notification on one channel. */
export interface Delivery extends Recipient {
  id: string;
  notificationId: string;
  status: DeliveryStatus;
  /** Sends tried so far, the successful one included. */
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  sentAt: Date | null;
}

/** A delivery as stored: its address is gone (null) once the customer's personal data was erased. */
export type StoredDelivery = Omit<Delivery, 'address'> & { address: string | null };

/** Errors kept on a delivery are cut to this length. */
const MAX_ERROR_LENGTH = 500;

/** Channel selection (R-NT-1): push to each device the customer subscribed, e-mail and SMS when known. */
export function recipientsFor(contact: ContactAddresses | undefined): Recipient[] {
  const recipients: Recipient[] = (contact?.pushSubscriptionIds ?? []).map((id) => ({ channel: 'PUSH', address: id }));
  if (contact?.email) recipients.push({ channel: 'EMAIL', address: contact.email });
  if (contact?.phone) recipients.push({ channel: 'SMS', address: contact.phone });
  return recipients;
}

export function newDelivery(notificationId: string, recipient: Recipient, now: Date): Delivery {
  return { id: randomUUID(), notificationId, ...recipient, status: 'PENDING', attempts: 0, nextAttemptAt: now, lastError: null, sentAt: null };
}

/** A successful send; the last error (if any) stays as history of the retries. */
export function deliverySent(delivery: Delivery, now: Date): Delivery {
  return { ...delivery, status: 'SENT', attempts: delivery.attempts + 1, sentAt: now };
}

/** Nothing left to send to (the push device is gone): CANCELLED for good, with why. */
export function deliveryGone(delivery: Delivery, reason: string, now: Date): Delivery {
  return { ...delivery, status: 'CANCELLED', attempts: delivery.attempts + 1, nextAttemptAt: now, lastError: reason.slice(0, MAX_ERROR_LENGTH) };
}

/** A failed send: retried after `delayMs`, however many attempts it takes. */
export function deliveryFailed(delivery: Delivery, error: string, now: Date, delayMs: number): Delivery {
  return {
    ...delivery,
    status: 'RETRYING',
    attempts: delivery.attempts + 1,
    nextAttemptAt: new Date(now.getTime() + delayMs),
    lastError: maskContactsInText(error).slice(0, MAX_ERROR_LENGTH),
  };
}

/**
 * A provider's error text may quote the recipient ("550 <ana@example.com>: no such user"): e-mails
 * and phone numbers in it are masked before it is stored or shown (R-X-2).
 */
export function maskContactsInText(text: string): string {
  return text.replace(/[^\s<>"'(),;:]+@[^\s<>"'(),;:]+/g, (email) => maskEmail(email)).replace(/\+?\d{10,13}\b/g, (phone) => maskPhone(phone));
}

/** "cliente@example.com" → "c***@e***.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  if (at <= 0) return '***';
  const domain = email.slice(at + 1);
  const dot = domain.lastIndexOf('.');
  const host = dot > 0 ? domain.slice(0, dot) : domain;
  return `${email[0]}***@${host[0] ?? ''}***${dot > 0 ? domain.slice(dot) : ''}`;
}

/** "+5561999990000" → "***0000". */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  return `***${digits.slice(-4)}`;
}

/** What a log line may say about an address. */
export function maskedAddress(recipient: Recipient): string {
  switch (recipient.channel) {
    case 'EMAIL':
      return maskEmail(recipient.address);
    case 'SMS':
      return maskPhone(recipient.address);
    case 'PUSH':
      return `device ${recipient.address.slice(0, 8)}…`;
  }
}
