import { randomUUID } from 'node:crypto';

/** A message as the HTTP API shows it. */
export interface StoredMessage {
  id: string;
  /** The From header, decoded (the envelope sender when there is none). */
  from: string;
  /** The envelope recipients (RCPT TO), so Bcc recipients are found too. */
  to: string[];
  subject: string;
  text: string;
  receivedAt: string;
}

export type IncomingMessage = Omit<StoredMessage, 'id' | 'receivedAt'>;

export const MAILBOX_CAPACITY = 1000;

/** The messages received, oldest first, in memory; past `capacity` the oldest are forgotten. */
export class Mailbox {
  private messages: StoredMessage[] = [];

  constructor(private readonly capacity = MAILBOX_CAPACITY) {}

  add(message: IncomingMessage, now: Date = new Date()): StoredMessage {
    const stored = { id: randomUUID(), ...message, receivedAt: now.toISOString() };
    this.messages.push(stored);
    if (this.messages.length > this.capacity) this.messages.splice(0, this.messages.length - this.capacity);
    return stored;
  }

  /** Newest last; with `to`, only messages addressed to it (case-insensitive). */
  list(to?: string): StoredMessage[] {
    if (!to) return [...this.messages];
    const wanted = to.trim().toLowerCase();
    return this.messages.filter((m) => m.to.some((address) => address.toLowerCase() === wanted));
  }

  /** Forgets every message; returns how many there were. */
  clear(): number {
    const count = this.messages.length;
    this.messages = [];
    return count;
  }
}
