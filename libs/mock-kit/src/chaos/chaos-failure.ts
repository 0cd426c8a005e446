/** The status of an imposed failure, and the problem a mock answers with for it. */
export type ChaosStatus = 500 | 503 | 504;
export type ChaosProblems = Record<ChaosStatus, { code: string; detail: string }>;

/** A failure the chaos settings impose on a call (rendered by ChaosFailureFilter). */
export class ChaosFailure extends Error {
  constructor(
    readonly status: ChaosStatus,
    readonly reason: 'OUTAGE' | 'SCRIPT' | 'RANDOM' | 'TIMEOUT',
    /** The mock's code and pt-BR detail for this status ("DATAPREV.UNAVAILABLE"). */
    readonly problem: { code: string; detail: string },
  ) {
    super(`chaos: ${status} (${reason})`);
  }
}
