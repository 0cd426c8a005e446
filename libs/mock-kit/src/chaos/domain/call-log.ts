export type CallCounts = Record<string, number>;

/**
 * Calls received per subject (a benefit, a portability…) and operation, failed ones included:
 * lets a test prove that a cached answer did not reach the mock. Kept in memory, per process.
 */
export class CallLog {
  private readonly bySubject = new Map<string, CallCounts>();

  constructor(private readonly operations: readonly string[]) {}

  record(operation: string, subject: string | undefined): void {
    if (!subject) return;
    const counts = this.bySubject.get(subject) ?? this.zero();
    counts[operation] = (counts[operation] ?? 0) + 1;
    this.bySubject.set(subject, counts);
  }

  of(subject: string): CallCounts {
    return { ...(this.bySubject.get(subject) ?? this.zero()) };
  }

  private zero(): CallCounts {
    return Object.fromEntries(this.operations.map((op) => [op, 0]));
  }
}
