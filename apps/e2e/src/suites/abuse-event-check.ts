import type { Admin } from 'kafkajs';
import { consumerGroupFor, type ServiceName, SERVICES } from '@consignado/contracts';
import { type DeadLetter, placeKey } from '../support/abuse-kafka';
import { committed } from '../support/abuse-state';
import type { Sent } from './abuse-event-plan';

const short = (s: Sent): string => `${s.placed.topic.split('.consignado.')[1]}@${s.placed.partition}/${s.placed.offset}`;

/** Each group's verdict on each message it had to deal with; empty when every one is as expected. */
export function deadLetterProblems(sent: readonly Sent[], seen: ReadonlyMap<string, DeadLetter>, namespace: string): string[] {
  return sent.flatMap((s) =>
    (Object.entries(s.expected) as Array<[ServiceName, NonNullable<Sent['expected'][ServiceName]>]>).flatMap(([service, expected]) => {
      const record = seen.get(placeKey(consumerGroupFor(service, namespace), s.placed));
      const got = record ? `dead-lettered ${record.reason} after ${record.attempts} attempts (${record.error.message.slice(0, 120)})` : 'no dead letter';
      const ok = typeof expected === 'string' ? !record : !!record && expected.dlq.includes(record.reason as never) && record.attempts === expected.attempts;
      const wanted = typeof expected === 'string' ? `${expected}, no dead letter` : `dead letter ${expected.dlq.join('|')} after ${expected.attempts} attempts`;
      return ok ? [] : [`${service} ${short(s)} [${s.family}${s.note ? `: ${s.note}` : ''}] ${s.eventType}: expected ${wanted}, got ${got}`];
    }),
  );
}

/** Partitions where a group has not committed past the last message placed there for it. */
export async function offsetProblems(admin: Admin, sent: readonly Sent[], namespace: string): Promise<string[]> {
  const groups = await committed(admin, namespace);
  const last = new Map<string, number>();
  for (const s of sent) {
    for (const service of Object.keys(s.expected)) {
      const key = `${service}|${s.placed.topic}/${s.placed.partition}`;
      last.set(key, Math.max(last.get(key) ?? -1, Number(s.placed.offset)));
    }
  }
  return [...last].flatMap(([key, offset]) => {
    const [service, tp] = key.split('|');
    const at = groups[service as ServiceName]?.[tp] ?? -1;
    return at > offset ? [] : [`${service} has committed ${at} on ${tp}, not past ${offset}`];
  });
}

/** Row changes the corpus may cause: an inbox row per message a group acted on (looked up, found nothing, moved on). */
export function allowedRowChanges(sent: readonly Sent[], before: Record<string, number>): Record<string, [number, number]> {
  const allowed: Record<string, [number, number]> = {};
  for (const service of SERVICES) {
    const ignored = sent.filter((s) => s.expected[service] === 'ignored').length;
    if (ignored > 0) allowed[`${service}.inbox`] = [before[`${service}.inbox`], before[`${service}.inbox`] + ignored];
  }
  return allowed;
}

/** End offsets of the event topics after the corpus: one more per message placed there. */
export function expectedEnds(sent: readonly Sent[], before: Record<string, number>): Record<string, number> {
  const ends = { ...before };
  for (const s of sent) {
    const tp = `${s.placed.topic}/${s.placed.partition}`;
    ends[tp] = Math.max(ends[tp] ?? 0, Number(s.placed.offset) + 1);
  }
  return ends;
}

/** Dead letters each group's topic must have gained (its partitions summed). */
export function deadLettersPerGroup(sent: readonly Sent[]): Record<string, number> {
  return Object.fromEntries(SERVICES.map((service) => [service, sent.filter((s) => { const e = s.expected[service]; return e !== undefined && typeof e !== 'string'; }).length]));
}
