import { createEnvelope, examplePayload, type EventEnvelope } from '@consignado/contracts';
import { randomUUID } from 'node:crypto';
import type { KafkaMessage } from 'kafkajs';
import type { EntityManager } from 'typeorm';
import type { BatchControl } from '../consumer/types';

/**
 * In-memory stand-ins for unit tests (not exported from the library): a database whose
 * transactions roll back on error, and a batch control that records resolved offsets.
 */
export class FakeDatabase {
  inbox = new Set<string>();
  effects: string[] = [];
  outbox: unknown[][] = [];
  outboxStatements = 0;
  transactions = 0;

  async transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    this.transactions += 1;
    const saved = { inbox: new Set(this.inbox), effects: [...this.effects], outbox: [...this.outbox] };
    const manager = {
      queryRunner: { isTransactionActive: true },
      query: async (sql: string, params: unknown[] = []) => this.query(sql, params),
    } as unknown as EntityManager;
    try {
      return await work(manager);
    } catch (error) {
      Object.assign(this, saved);
      throw error;
    }
  }

  private query(sql: string, params: unknown[]): unknown[] {
    if (sql.includes('INSERT INTO inbox')) {
      const inserted: Array<{ event_id: string }> = [];
      for (let i = 0; i < params.length; i += 6) {
        const key = `${params[i]}/${params[i + 1]}`;
        if (this.inbox.has(key)) continue;
        this.inbox.add(key);
        inserted.push({ event_id: String(params[i + 1]) });
      }
      return inserted;
    }
    if (sql.includes('INSERT INTO outbox')) {
      this.outboxStatements += 1;
      for (let i = 0; i < params.length; i += 6) this.outbox.push(params.slice(i, i + 6));
      return [];
    }
    if (sql.startsWith('INSERT INTO effects')) {
      this.effects.push(String(params[0]));
      return [];
    }
    throw new Error(`unexpected SQL in fake: ${sql}`);
  }
}

/** A batch control that records what was resolved; `stopAfter` simulates a stopping consumer. */
export class FakeControl implements BatchControl {
  resolved: string[] = [];
  running = true;
  heartbeats = 0;
  isRunning = () => this.running;
  heartbeat = async () => {
    this.heartbeats += 1;
  };
  resolveOffset = (offset: string) => {
    this.resolved.push(offset);
  };
  commitIfNecessary = async () => undefined;
}

/** A valid ProposalCancelled envelope with a fresh id. */
export function sampleEnvelope(overrides: Partial<EventEnvelope<'ProposalCancelled'>> = {}): EventEnvelope<'ProposalCancelled'> {
  const envelope = createEnvelope('ProposalCancelled', { payload: examplePayload('ProposalCancelled'), eventId: randomUUID() });
  return { ...envelope, ...overrides };
}

/** A Kafka message as kafkajs hands it to eachBatch. */
export function kafkaMessage(offset: number, value: unknown, headers: Record<string, string> = {}): KafkaMessage {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  const message: KafkaMessage = {
    offset: String(offset),
    key: Buffer.from('key'),
    value: Buffer.from(text),
    headers,
    timestamp: '0',
    attributes: 0,
  };
  return message;
}
