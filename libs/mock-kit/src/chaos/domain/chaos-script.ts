export const SCRIPTED_FAILURES = ['503', '500', 'timeout'] as const;
/** How a scripted call fails: an HTTP status, or no answer at all until the caller gives up. */
export type ScriptedFailure = (typeof SCRIPTED_FAILURES)[number];

export interface ScriptEntry {
  /** The subject the script is for (a benefit, a portability…); absent: any call of the operation. */
  subject?: string;
  operation: string;
  remaining: number;
  failure: ScriptedFailure;
}

/**
 * Deterministic failures for tests: "the next N calls of this operation (on this subject) fail
 * this way". A new script for the same pair replaces the previous one; a script naming its subject
 * is used before one for any subject.
 */
export class ChaosScript {
  private readonly entries = new Map<string, ScriptEntry>();

  add(entry: ScriptEntry): void {
    const key = ChaosScript.key(entry.operation, entry.subject);
    if (entry.remaining > 0) this.entries.set(key, { ...entry });
    else this.entries.delete(key);
  }

  /** Consumes one scripted failure for this call, if any. */
  take(operation: string, subject: string | undefined): ScriptedFailure | undefined {
    const key = [subject && ChaosScript.key(operation, subject), ChaosScript.key(operation, undefined)].find((k) => k && this.entries.has(k));
    const entry = key ? this.entries.get(key) : undefined;
    if (!key || !entry) return undefined;
    entry.remaining -= 1;
    if (entry.remaining === 0) this.entries.delete(key);
    return entry.failure;
  }

  pending(): ScriptEntry[] {
    return [...this.entries.values()].map((e) => ({ ...e }));
  }

  clear(): void {
    this.entries.clear();
  }

  private static key(operation: string, subject: string | undefined): string {
    return `${operation}:${subject ?? '*'}`;
  }
}
