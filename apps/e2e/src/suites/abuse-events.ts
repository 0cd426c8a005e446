import type { Admin, Producer } from 'kafkajs';
import { SERVICES } from '@consignado/contracts';
import { testKafka, waitFor } from '@consignado/testing';
import { deadLetterReader, type DeadLetter } from '../support/abuse-kafka';
import { changes, quietState, rowCounts, topicEnds, type StackState } from '../support/abuse-state';
import { e2eStack } from '../support/stack';
import { allowedRowChanges, deadLetterProblems, deadLettersPerGroup, expectedEnds, offsetProblems } from './abuse-event-check';
import { escapedPastTheLimit, overOneMegabyte, publishEventCorpus, type Sent } from './abuse-event-plan';
import { countTable } from './abuse-report';

const dlqTopic = (namespace: string, service: string) => `consignado.dlq.${namespace}.${service}`;
const sumOf = (ends: Record<string, number>, topic: string) => Object.entries(ends).filter(([tp]) => tp.startsWith(`${topic}/`)).reduce((n, [, end]) => n + end, 0);

/**
 * Waits (without failing) until every group has committed past every message meant for it — by
 * then each was dead-lettered or acted on, nothing more will come — and the reader has the dead
 * letters expected; a stuck partition makes it give up after `timeoutMs`.
 */
async function settled(admin: Admin, sent: Sent[], seen: Map<string, DeadLetter>, namespace: string, timeoutMs: number): Promise<void> {
  const passed = await waitFor(async () => (await offsetProblems(admin, sent, namespace)).length === 0, { timeoutMs, intervalMs: 500 }).catch(() => false);
  if (passed) await waitFor(() => deadLetterProblems(sent, seen, namespace).length === 0, { timeoutMs: 5_000, intervalMs: 200 }).catch(() => undefined);
}

async function unready(): Promise<string[]> {
  const { urls } = e2eStack();
  const answers = await Promise.all(SERVICES.map(async (s) => [s, (await fetch(`${urls[s]}/health/ready`)).status] as const));
  return answers.filter(([, status]) => status !== 200).map(([s, status]) => `${s} /health/ready ${status}`);
}

/**
 * R-X-1 and R-EV-5 over Kafka, on the running stack: a malformed-event corpus on every topic a
 * service consumes (catalogue), then valid envelopes about aggregates that do not exist, sent to
 * the one group that must look them up. Every malformed message ends in each consuming group's
 * dead-letter topic, unread by its handlers; every group commits past all of them; the services
 * stay ready; no table changes but the inbox of a group that acted on an event and found nothing.
 */
export function eventAbuseSuite(): void {
  describe('abuse corpus over Kafka (R-X-1, R-EV-5)', () => {
    let admin: Admin;
    let producer: Producer;
    let reader: Awaited<ReturnType<typeof deadLetterReader>>;

    beforeAll(async () => {
      admin = testKafka().admin();
      producer = testKafka().producer({ allowAutoTopicCreation: false });
      await Promise.all([admin.connect(), producer.connect()]);
      reader = await deadLetterReader(e2eStack().namespace);
    });

    afterAll(async () => {
      await reader?.stop();
      await Promise.all([producer?.disconnect(), admin?.disconnect()]);
    });

    it('dead-letters every malformed event on every consumer, unread; groups move past them; nothing else is written', async () => {
      const { namespace, schema } = e2eStack();
      const before: StackState = await quietState(admin, namespace, schema);
      const big = await overOneMegabyte(producer, namespace);
      const sent = [...(await publishEventCorpus(producer, namespace)), ...(typeof big === 'string' ? [] : [big])];
      if (typeof big === 'string') console.log(big);
      await settled(admin, sent, reader.seen, namespace, 90_000);
      const rows = await rowCounts(schema);
      const ends = await topicEnds(admin, namespace);
      console.log(countTable('Kafka abuse corpus — messages per consuming group and family', sent.flatMap((s) => Object.entries(s.expected).filter(([, e]) => e !== 'skipped').map(([key]) => ({ key, family: s.family })))));
      const dlq = (tp: string) => SERVICES.some((s) => tp.startsWith(`${dlqTopic(namespace, s)}/`));
      const eventEnds = (e: Record<string, number>) => Object.fromEntries(Object.entries(e).filter(([tp]) => !dlq(tp)));
      const gained = Object.fromEntries(SERVICES.map((s) => [s, sumOf(ends, dlqTopic(namespace, s)) - sumOf(before.ends, dlqTopic(namespace, s))]));
      expect({
        deadLetters: deadLetterProblems(sent, reader.seen, namespace),
        offsets: await offsetProblems(admin, sent, namespace),
        unready: await unready(),
        rowChanges: changes(before.rows, rows),
        eventTopicEnds: eventEnds(ends),
        deadLettersGained: gained,
      }).toEqual({
        deadLetters: [],
        offsets: [],
        unready: [],
        rowChanges: allowedRowChanges(sent, before.rows),
        eventTopicEnds: eventEnds(expectedEnds(sent, before.ends)),
        deadLettersGained: deadLettersPerGroup(sent),
      });
    }, 170_000);

    it('dead-letters a message whose dead-letter record exceeds the broker limit once escaped, instead of retrying it forever', async () => {
      const { namespace } = e2eStack();
      const sent = [await escapedPastTheLimit(producer, namespace)];
      await settled(admin, sent, reader.seen, namespace, 20_000);
      expect({ deadLetters: deadLetterProblems(sent, reader.seen, namespace), offsets: await offsetProblems(admin, sent, namespace), unready: await unready() }).toEqual({ deadLetters: [], offsets: [], unready: [] });
    }, 40_000);
  });
}
