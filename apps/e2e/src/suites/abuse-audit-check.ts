import type { StackServiceName } from '@consignado/stack-runner';
import { auditOutcome, auditRowsOf } from '../support/abuse-audit';
import type { RawReply } from '../support/abuse-http';
import { type AbuseCase, routeOf } from './abuse-families';

export interface AuditVerdict {
  /** One line per request whose audit row is missing, unexpected or says otherwise than the reply. */
  trail: string[];
  /** Rows each trail gained, and how many of them the corpus' correlation ids account for. */
  added: { changed: Record<string, number>; found: Record<string, number> };
}

/**
 * The audit trail of every service that keeps one (a table `audit_entry`), after the corpus: an
 * attempt at an audited route that got past the token check and the parser has its row, with the
 * status and outcome it was answered; no other request of the corpus left one; and the trail grew
 * by exactly the rows found under the corpus' correlation ids.
 */
export async function auditTrails(cases: readonly AbuseCase[], replies: readonly RawReply[], schema: string, before: Record<string, number>, after: Record<string, number>): Promise<AuditVerdict> {
  const verdict: AuditVerdict = { trail: [], added: { changed: {}, found: {} } };
  const services = Object.keys(after).filter((table) => table.endsWith('.audit_entry')).map((table) => table.split('.')[0] as StackServiceName);
  for (const service of services) {
    const sent = cases.map((c, i) => ({ c, reply: replies[i], id: String(c.request.headers?.['x-correlation-id']) })).filter(({ c }) => c.endpoint.service === service);
    const rows = new Map((await auditRowsOf(service, schema, sent.map(({ id }) => id))).map((r) => [r.correlationId, r]));
    for (const { c, reply, id } of sent) {
      const wanted = c.endpoint.audited ? auditOutcome(reply.status, reply.json?.['code'] as string | undefined) : 'none';
      const row = rows.get(id);
      const ok = wanted === 'either' || (wanted === 'none' ? !row : row?.outcome === wanted && row.status === reply.status);
      if (!ok) verdict.trail.push(`${service} ${routeOf(c.endpoint)} ${c.label}: reply ${reply.status} ${String(reply.json?.['code'])}, audit row ${row ? `${row.status} ${row.outcome}` : 'none'}`);
    }
    verdict.added.changed[service] = (after[`${service}.audit_entry`] ?? 0) - (before[`${service}.audit_entry`] ?? 0);
    verdict.added.found[service] = rows.size;
  }
  return verdict;
}
