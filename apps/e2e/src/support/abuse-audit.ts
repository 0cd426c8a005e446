import { Client } from 'pg';
import { STACK_SERVICES, type StackServiceName } from '@consignado/stack-runner';
import { testEndpoints } from '@consignado/testing';

export interface AuditRow {
  correlationId: string;
  action: string;
  status: number;
  outcome: string;
}

/** A service's audit rows written under the given correlation ids (the corpus sets one per request). */
export async function auditRowsOf(service: StackServiceName, schema: string, correlationIds: string[]): Promise<AuditRow[]> {
  const url = new URL(testEndpoints().databaseUrl);
  url.pathname = `/${STACK_SERVICES.flatMap((s) => (s.name === service && 'database' in s ? [s.database] : []))[0]}`;
  const pg = new Client({ connectionString: url.toString() });
  await pg.connect();
  try {
    const { rows } = await pg.query<AuditRow>(
      `SELECT correlation_id AS "correlationId", action, status, outcome FROM "${schema}".audit_entry WHERE correlation_id = ANY($1::text[])`,
      [correlationIds],
    );
    return rows;
  } finally {
    await pg.end();
  }
}

/**
 * Whether an audited route's answer must be on its audit trail: refusals before the route's own
 * code runs — the guards (token, channel, rate limit), the JSON parser — never reach the audit
 * interceptor (docs/security.md: "their 401/403 is in the access log"); everything after does,
 * done (`OK`) or refused (its code). A 500 may come from either side: not decided here.
 */
export function auditOutcome(status: number, code: string | undefined): string | 'none' | 'either' {
  if (status < 400) return 'OK';
  if (code === undefined || code === 'INTERNAL') return 'either';
  const before = code.startsWith('AUTH.') || code.startsWith('CHANNEL.') || code.startsWith('HTTP.') || ['REQUEST.MALFORMED_BODY', 'REQUEST.TOO_LARGE', 'REQUEST.UNSUPPORTED_MEDIA_TYPE', 'REQUEST.RATE_LIMITED', 'REQUEST.NOT_FOUND'].includes(code);
  return before ? 'none' : code;
}
