import { examplePayload } from '@consignado/contracts';
import {
  createReliableProducer,
  type DeadLetterRecord,
  dlqTopicFor,
  type ProcessedEvent,
  replayDeadLetters,
} from '../src';
import { collectMessages, waitFor } from '@consignado/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { MessagingWorld, testLogger } from './support';

const run = promisify(execFile);
const repoRoot = join(__dirname, '..', '..', '..');
const tsxCli = join(repoRoot, 'node_modules', 'tsx', 'dist', 'cli.mjs');

/** (c) poison messages reach the DLQ with their error, the partition keeps flowing, replay heals (R-EV-5). */
describe('dead-letter topic and replay', () => {
  let world: MessagingWorld;

  beforeAll(async () => {
    world = await MessagingWorld.create();
  });
  afterAll(() => world.close());

  it('dead-letters malformed, invalid, unhandled and failing messages, then replays the fixable one once', async () => {
    const group = world.group('poison');
    const topic = world.topic('ProposalCancelled');
    const broken = new Set<string>();
    const handlerCalls = new Map<string, number>();
    const processed: ProcessedEvent[] = [];
    await world
      .consumer({ groupId: group, onProcessed: (event) => processed.push(event) })
      .on('ProposalCancelled', async (envelope, ctx) => {
        handlerCalls.set(envelope.eventId, (handlerCalls.get(envelope.eventId) ?? 0) + 1);
        if (broken.has(envelope.eventId)) throw new Error('handler bug: cannot cancel');
        await ctx.manager.query(`INSERT INTO effects (consumer, event_id, aggregate_id, envelope) VALUES ($1, $2, $3, '{}')`, [
          ctx.consumerGroup,
          envelope.eventId,
          envelope.aggregateId,
        ]);
      })
      .start();

    // Everything on one key, hence one partition: the good message last proves the partition flows on.
    const aggregate = randomUUID();
    const failing = world.proposalCancelled(aggregate);
    broken.add(failing.eventId);
    const invalid = { ...world.proposalCancelled(aggregate), occurredAt: 'yesterday' };
    const unhandled = world.codec.create('ContractCancelled', {
      payload: { ...examplePayload('ContractCancelled'), proposalId: aggregate },
    });
    const good = world.proposalCancelled(aggregate);
    const producer = createReliableProducer(world.kafka);
    await producer.connect();
    await producer.send({
      topic,
      messages: ['{"not json', JSON.stringify(invalid), JSON.stringify(failing), JSON.stringify(unhandled), JSON.stringify(good)].map(
        (value) => ({ key: aggregate, value }),
      ),
    });
    await producer.disconnect();

    const effects = (eventId: string) =>
      world.count(`SELECT count(*) n FROM effects WHERE consumer = $1 AND event_id = $2`, [group, eventId]);
    await waitFor(async () => (await effects(good.eventId)) === 1, { description: 'the good message', timeoutMs: 60_000 });

    const dlq = await collectMessages(world.kafka, dlqTopicFor(group), 4);
    const records = dlq.map((m) => JSON.parse(m.message.value?.toString() ?? '') as DeadLetterRecord);
    expect(records.map((r) => [r.reason, r.attempts])).toEqual([
      ['malformed', 0],
      ['invalid-envelope', 0],
      ['retries-exhausted', 3],
      ['no-handler', 0],
    ]);
    expect(dlq.every((m) => m.message.key?.toString() === aggregate)).toBe(true);
    const failed = records[2];
    expect(failed).toMatchObject({
      consumerGroup: group,
      eventId: failing.eventId,
      eventType: 'ProposalCancelled',
      correlationId: failing.metadata.correlationId,
      error: { name: 'Error', message: 'handler bug: cannot cancel' },
      original: { topic, key: aggregate, value: JSON.stringify(failing) },
    });
    expect(failed.error.stack).toContain('handler bug');
    expect(records[1].error.message).toMatch(/occurredAt/);
    expect(handlerCalls.get(failing.eventId)).toBe(3);
    expect(await effects(failing.eventId)).toBe(0);

    broken.clear(); // the fix is deployed
    const first = await replayDeadLetters({ kafka: world.kafka, group, logger: testLogger, filter: (r) => r.reason === 'retries-exhausted' });
    expect(first).toEqual({ replayed: 1, skipped: 3, truncated: 0, unreadable: 0 });
    await waitFor(async () => (await effects(failing.eventId)) === 1, { description: 'the replayed message', timeoutMs: 60_000 });

    // The second run, through the documented CLI: nothing new.
    const cli = await run(process.execPath, [tsxCli, 'libs/messaging/src/cli/replay-dlq.ts', '--group', group], { cwd: repoRoot });
    expect(JSON.parse(cli.stdout.trim().split('\n').at(-1) ?? '')).toEqual({ replayed: 0, skipped: 0, truncated: 0, unreadable: 0 });
    // Replaying the same record again (a fresh replay group) still has no second effect: the inbox.
    const again = await replayDeadLetters({ kafka: world.kafka, group, logger: testLogger, replayGroupId: `${group}.again`, filter: (r) => r.reason === 'retries-exhausted' });
    expect(again.replayed).toBe(1);
    await waitFor(() => processed.some((p) => p.eventId === failing.eventId && p.duplicate), {
      description: 'the second copy reached the consumer',
    });
    expect(handlerCalls.get(failing.eventId)).toBe(4); // 3 failed attempts, 1 success after the fix
    expect(await effects(failing.eventId)).toBe(1);
    expect(await effects(good.eventId)).toBe(1);
  });
});
