import { randomUUID } from 'node:crypto';

/** What every stored item carries. */
export interface Received {
  id: string;
  receivedAt: string;
}

export const INBOX_CAPACITY = 1000;

/** What a sink received, oldest first, in memory; past `capacity` the oldest are forgotten. */
export class Inbox<T extends Received> {
  private entries: T[] = [];

  constructor(private readonly capacity = INBOX_CAPACITY) {}

  add(entry: Omit<T, keyof Received>, now: Date = new Date()): T {
    const stored = { id: randomUUID(), ...entry, receivedAt: now.toISOString() } as T;
    this.entries.push(stored);
    if (this.entries.length > this.capacity) this.entries.splice(0, this.entries.length - this.capacity);
    return stored;
  }

  /** Newest last, only those `matches` keeps when given. */
  list(matches?: (entry: T) => boolean): T[] {
    return matches ? this.entries.filter(matches) : [...this.entries];
  }

  find(id: string): T | undefined {
    return this.entries.find((entry) => entry.id === id);
  }

  /** Forgets everything; returns how many there were. */
  clear(): number {
    const count = this.entries.length;
    this.entries = [];
    return count;
  }
}
