import type { DecisionReason } from '@consignado/contracts';

export type { DecisionReason };

/** One rule's verdict before it becomes a DecisionReason (R-CA-4). */
export interface Verdict {
  readonly rule: string;
  readonly passed: boolean;
  readonly measured: string;
  readonly limit: string;
  readonly parameterVersion: string;
  /** Code and pt-BR message when it fails. */
  readonly failure: { readonly code: string; readonly message: string };
  /** pt-BR message when it passes. */
  readonly success: string;
}

/** The recorded reason: a failed rule carries its code; both carry a pt-BR sentence (D-6). */
export function reason(v: Verdict): DecisionReason {
  const base = { rule: v.rule, passed: v.passed, measured: v.measured, limit: v.limit, parameterVersion: v.parameterVersion };
  return v.passed ? { ...base, message: v.success } : { ...base, code: v.failure.code, message: v.failure.message };
}

export const failedOnly = (reasons: readonly DecisionReason[]): DecisionReason[] => reasons.filter((r) => !r.passed);
