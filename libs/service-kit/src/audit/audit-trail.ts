import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';

export interface AuditRecord {
  readonly actor: string;
  readonly clientId: string;
  readonly roles: readonly string[];
  readonly action: string;
  readonly method: string;
  readonly path: string;
  readonly status: number;
  /** `OK`, or the error code the action was refused with. */
  readonly outcome: string;
  readonly correlationId?: string;
}

export type AuditEntry = AuditRecord & { readonly id: string; readonly recordedAt: string };

/** The service's audit table (R-SEC-1): appended by the audit interceptor, read by auditors. */
@Injectable()
export class AuditTrail {
  constructor(@Inject(DataSource) private readonly dataSource: DataSource) {}

  async record(r: AuditRecord): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO audit_entry (actor, client_id, roles, action, method, path, status, outcome, correlation_id) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [r.actor, r.clientId, [...r.roles], r.action, r.method, r.path, r.status, r.outcome, r.correlationId ?? null],
    );
  }

  async list(filter: { actor?: string; action?: string; limit: number }): Promise<AuditEntry[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT * FROM audit_entry WHERE ($1::text IS NULL OR actor = $1) AND ($2::text IS NULL OR action = $2) ORDER BY id DESC LIMIT $3`,
      [filter.actor ?? null, filter.action ?? null, filter.limit],
    );
    return rows.map((row) => ({
      id: String(row['id']), recordedAt: (row['recorded_at'] as Date).toISOString(), actor: row['actor'] as string, clientId: row['client_id'] as string,
      roles: row['roles'] as string[], action: row['action'] as string, method: row['method'] as string, path: row['path'] as string,
      status: row['status'] as number, outcome: row['outcome'] as string, ...(row['correlation_id'] ? { correlationId: row['correlation_id'] as string } : {}),
    }));
  }
}
