import type { Admin } from 'kafkajs';
import { testKafka } from '@consignado/testing';
import { abuseCallers, type Callers } from '../support/abuse-callers';
import { inParallel, type RawReply, refusalProblems, send } from '../support/abuse-http';
import { changes, quietState, type StackState } from '../support/abuse-state';
import { e2eStack } from '../support/stack';
import { auditTrails } from './abuse-audit-check';
import { ALL_ENDPOINTS, casesOf } from './abuse-cases';
import { type AbuseCase, routeOf } from './abuse-families';
import { printCounts } from './abuse-report';

/** What is wrong with one reply, as a line naming the route, the case, the request and the answer. */
function verdict(c: AbuseCase, reply: RawReply, victimIds: string[]): string[] {
  const problems = c.list
    ? [reply.status !== 200 || !Array.isArray(reply.json?.['items']) ? `status ${reply.status}` : '', ...victimIds.filter((id) => reply.text.includes(id)).map((id) => `shows ${id}`)].filter(Boolean)
    : refusalProblems(reply, c.allowed);
  if (problems.length === 0) return [];
  const body = c.request.body === undefined ? '' : ` body ${String(c.request.body).slice(0, 160)}`;
  return [`${routeOf(c.endpoint)} [${c.family}] ${c.label}: ${problems.join(', ')} — ${c.request.method} ${c.request.url.slice(0, 160)}${body} → ${reply.status} ${reply.text.slice(0, 200)}`];
}

/**
 * R-X-1 over HTTP: every route of the six services (as listed by their controllers) gets a table
 * of bad requests, each answered by a 4xx RFC 7807 problem with a code and a pt-BR detail — and
 * the stack, idle before and after, has the same rows in every table and the same end offset on
 * every topic (the audit rows of refused audited actions — proposal's cancellations, payment's
 * back-office actions — are accounted for one by one).
 */
export function httpAbuseSuite(): void {
  describe('abuse corpus over HTTP (R-X-1)', () => {
    let admin: Admin;
    let callers: Callers;
    let cases: AbuseCase[] = [];
    let replies: RawReply[] = [];
    let before: StackState;
    let after: StackState;

    beforeAll(async () => {
      admin = testKafka().admin();
      await admin.connect();
      callers = await abuseCallers();
    }, 120_000);

    afterAll(() => admin?.disconnect());

    it('refuses every bad request on every route with a 4xx problem carrying a code and a pt-BR detail', async () => {
      const { urls, namespace, schema } = e2eStack();
      cases = (await Promise.all(ALL_ENDPOINTS().map((e) => casesOf(e, callers, urls[e.service])))).flat();
      before = await quietState(admin, namespace, schema);
      replies = await inParallel(cases, 8, (c) => send(c.request));
      after = await quietState(admin, namespace, schema);
      printCounts(cases);
      const { customerId, contractId, proposalId, paymentId } = callers.victim;
      expect(cases.flatMap((c, i) => verdict(c, replies[i], [customerId, contractId, proposalId, paymentId]))).toEqual([]);
      expect(cases.length).toBeGreaterThanOrEqual(200);
    }, 120_000);

    it('writes nothing: same rows in every table, same end offsets on every topic; the audit trails have exactly the refusals they must', async () => {
      expect(replies.length).toBe(cases.length);
      const { schema } = e2eStack();
      const { trail, added } = await auditTrails(cases, replies, schema, before.rows, after.rows);
      const rowChanges = Object.fromEntries(Object.entries(changes(before.rows, after.rows)).filter(([table]) => !table.endsWith('.audit_entry')));
      expect({ trail, rowChanges, auditRowsAdded: added.changed, topicEnds: changes(before.ends, after.ends) }).toEqual({ trail: [], rowChanges: {}, auditRowsAdded: added.found, topicEnds: {} });
    });
  });
}
