/** One of the customer's rows as an erasure finds it (locked). */
export interface FoundRow {
  readonly id: string;
  readonly status: string;
}

/** What an erasure does to one table. */
export interface TableErasure {
  readonly table: string;
  /** Rows whose personal columns go. */
  readonly erase: readonly string[];
  /**
   * Rows still waiting for a call to Dataprev or the exchange, which needs their data. Erasure is
   * refused upstream while anything is in progress, so there should be none; any found is left
   * as it is and counted, never a crash.
   */
  readonly inProgress: readonly string[];
}

export function planTable(table: string, rows: readonly FoundRow[], pendingStatuses: readonly string[]): TableErasure {
  const pending = (row: FoundRow) => pendingStatuses.includes(row.status);
  return { table, erase: rows.filter((r) => !pending(r)).map((r) => r.id), inProgress: rows.filter(pending).map((r) => r.id) };
}

/** The erasure ledger's counts: rows anonymized per table, and `<table>.in_progress` where some were left. */
export function ledgerRows(plans: readonly TableErasure[]): Record<string, number> {
  const rows: Record<string, number> = {};
  for (const plan of plans) {
    rows[plan.table] = plan.erase.length;
    if (plan.inProgress.length > 0) rows[`${plan.table}.in_progress`] = plan.inProgress.length;
  }
  return rows;
}
