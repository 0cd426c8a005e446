import type { DataprevOperation } from './dataprev-operation';

export const SCRIPTED_FAILURES = ['503', '500', 'timeout'] as const;
/** How a scripted call fails: an HTTP status, or no answer at all until the caller gives up. */
export type ScriptedFailure = (typeof SCRIPTED_FAILURES)[number];

export interface ScriptEntry {
  benefitNumber: string;
  operation: DataprevOperation;
  remaining: number;
  failure: ScriptedFailure;
}

/**
 * Deterministic failures for tests: "the next N calls of this operation on this benefit fail
 * this way". A new script for the same benefit and operation replaces the previous one.
 */
export class ChaosScript {
  private readonly entries = new Map<string, ScriptEntry>();

  add(entry: ScriptEntry): void {
    const key = ChaosScript.key(entry.operation, entry.benefitNumber);
    if (entry.remaining > 0) this.entries.set(key, { ...entry });
    else this.entries.delete(key);
  }

  /** Consumes one scripted failure for this call, if any. */
  take(operation: DataprevOperation, benefitNumber: string | undefined): ScriptedFailure | undefined {
    if (!benefitNumber) return undefined;
    const key = ChaosScript.key(operation, benefitNumber);
    const entry = this.entries.get(key);
    if (!entry) return undefined;
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

  private static key(operation: DataprevOperation, benefitNumber: string): string {
    return `${operation}:${benefitNumber}`;
  }
}
