import { Logger } from '@nestjs/common';
import { QueryFailedError, type EntityManager } from 'typeorm';
import type { CtcFeedMessage } from '../../../exchange/ctc.types';
import type { FeedRepository } from '../../database/feed.repository';
import type { PortabilityInRepository, PortabilityOutRepository } from '../../database/portability.repositories';
import { NU, snapshot } from '../../domain/portability.fixture';
import type { PortabilityEventsPublisher } from '../portability-events.publisher';
import { FeedMessageApplier } from './feed-message.applier';

const message = (extra: Partial<CtcFeedMessage> = {}): CtcFeedMessage => ({ cursor: '42', portabilityNumber: NU, role: 'DESTINATION', status: 'ACCEPTED_SETTLEMENT_IN_PROGRESS', portability: snapshot('ACCEPTED_SETTLEMENT_IN_PROGRESS'), ...extra });

/** The applier over fakes: what it asked of the database, in order. */
function applier(opts: { repeat?: boolean; lookup?: () => Promise<unknown> } = {}) {
  const log: string[] = [];
  const manager = { query: async (sql: string) => void log.push(sql) } as unknown as EntityManager;
  const feed = {
    remember: async () => (log.push('remember'), !opts.repeat),
    markProblem: async (_m: EntityManager, _msg: CtcFeedMessage, problem: string) => void log.push(`problem: ${problem}`),
  } as unknown as FeedRepository;
  const ins = { lockBy: opts.lookup ?? (async () => (log.push('lock in'), undefined)) } as unknown as PortabilityInRepository;
  const it = new FeedMessageApplier(feed, ins, {} as PortabilityOutRepository, {} as PortabilityEventsPublisher);
  return { log, apply: (m: CtcFeedMessage) => it.apply(manager, m) };
}

describe('FeedMessageApplier: once per NU and status, never stalled by one message', () => {
  beforeAll(() => Logger.overrideLogger(false));
  afterAll(() => Logger.overrideLogger(['log', 'error', 'warn']));

  it('does nothing for a repeat', async () => {
    const { log, apply } = applier({ repeat: true });
    await apply(message());
    expect(log).toEqual(['remember']);
  });

  it('keeps a message whose NU is not known yet (replayed when the open call names it)', async () => {
    const { log, apply } = applier();
    await apply(message());
    expect(log).toEqual(['remember', 'SAVEPOINT feed_message', 'lock in', 'RELEASE SAVEPOINT feed_message']);
  });

  it('records and skips a malformed snapshot', async () => {
    const { log, apply } = applier();
    await apply(message({ portability: null }));
    expect(log).toEqual(['remember', 'problem: the exchange sent a portability that does not parse']);
  });

  it('rolls back and skips a message that cannot be applied', async () => {
    const { log, apply } = applier({ lookup: async () => Promise.reject(new Error('portability 1 completed without a transfer or settlement')) });
    await apply(message());
    expect(log).toEqual(['remember', 'SAVEPOINT feed_message', 'ROLLBACK TO SAVEPOINT feed_message', 'problem: portability 1 completed without a transfer or settlement']);
  });

  it('lets database trouble fail the page (retried), never skipping the message', async () => {
    const { log, apply } = applier({ lookup: async () => Promise.reject(new QueryFailedError('SELECT', [], new Error('deadlock detected'))) });
    await expect(apply(message())).rejects.toThrow('deadlock detected');
    expect(log).toEqual(['remember', 'SAVEPOINT feed_message']);
  });
});
