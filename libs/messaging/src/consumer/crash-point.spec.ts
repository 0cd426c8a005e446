import { contractsCodec, type ContractEnvelopes } from '../contracts-codec';
import { silentLogger } from '../logger';
import { OutboxWriter } from '../outbox/outbox-writer';
import { FakeControl, FakeDatabase, kafkaMessage, sampleEnvelope } from '../testing/fakes';
import { crashPointFrom } from './crash-point';
import { MessageProcessor } from './message-processor';
import type { ProcessedEvent } from './types';

const event = (duplicate: boolean) => ({ duplicate }) as ProcessedEvent;

/** A processor over `db` whose onProcessed is the crash point; the "kill" stops the batch and notes what was committed and resolved. */
function processorWithCrash(db: FakeDatabase, control: FakeControl, env: Record<string, string>, seen: Array<{ effects: number; resolved: string[] }>) {
  const crash = crashPointFrom(env, () => {
    seen.push({ effects: db.effects.length, resolved: [...control.resolved] });
    control.running = false; // the process is gone: nothing after this point runs
  });
  return new MessageProcessor<ContractEnvelopes>({
    consumerGroup: 'loan',
    codec: contractsCodec,
    outbox: new OutboxWriter({ codec: contractsCodec }),
    handlers: new Map([['ProposalCancelled', async (envelope, ctx) => void (await ctx.manager.query('INSERT INTO effects', [envelope.eventId]))]]),
    ignored: new Set(),
    retry: { maxAttempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
    transactionBatchSize: 1,
    permanentErrorCodes: new Set(),
    transaction: (work) => db.transaction(work),
    publishDeadLetter: async () => undefined,
    logger: silentLogger,
    onProcessed: crash,
  });
}

describe('crash point FAULT_CRASH_AFTER_COMMIT (chaos tests)', () => {
  it.each([{}, { FAULT_CRASH_AFTER_COMMIT: '' }])('is off when unset or empty (%j)', (env) => {
    expect(crashPointFrom(env, () => undefined)).toBeUndefined();
  });

  it('kills once, right after the n-th first delivery; duplicates do not count', () => {
    const kill = jest.fn();
    const hook = crashPointFrom({ FAULT_CRASH_AFTER_COMMIT: '3' }, kill) as (e: ProcessedEvent) => void;
    [false, true, false, true].forEach((d) => hook(event(d)));
    expect(kill).not.toHaveBeenCalled();
    hook(event(false));
    expect(kill).toHaveBeenCalledTimes(1);
    hook(event(false));
    expect(kill).toHaveBeenCalledTimes(1);
  });

  it('is refused with APP_ENV=production', () => {
    expect(() => crashPointFrom({ FAULT_CRASH_AFTER_COMMIT: '1', APP_ENV: 'production' }, () => undefined)).toThrow(/refused with APP_ENV=production/);
  });

  it.each(['0', '-1', '1.5', 'two', '1e3'])('refuses %s', (raw) => {
    expect(() => crashPointFrom({ FAULT_CRASH_AFTER_COMMIT: raw }, () => undefined)).toThrow(/positive integer/);
  });

  it('fires between the commit and the offset: the event comes back after a restart and has no second effect', async () => {
    const db = new FakeDatabase();
    const messages = [0, 1, 2].map((i) => kafkaMessage(i, sampleEnvelope()));
    const seen: Array<{ effects: number; resolved: string[] }> = [];
    const topic = contractsCodec.topicFor('ProposalCancelled');
    const crashed = new FakeControl();
    await processorWithCrash(db, crashed, { FAULT_CRASH_AFTER_COMMIT: '2' }, seen).processBatch(topic, 0, messages, crashed);
    // Crashed with two effects committed and only the first offset resolved: redelivery from offset 1.
    expect(seen).toEqual([{ effects: 2, resolved: ['0'] }]);
    const control = new FakeControl();
    await processorWithCrash(db, control, {}, seen).processBatch(topic, 0, messages.slice(1), control);
    expect([db.effects.length, new Set(db.effects).size, control.resolved]).toEqual([3, 3, ['1', '2']]);
  });
});
