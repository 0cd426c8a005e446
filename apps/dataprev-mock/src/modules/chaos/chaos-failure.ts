/** A failure the chaos settings impose on a Dataprev call (rendered by ChaosFailureFilter). */
export class ChaosFailure extends Error {
  constructor(
    readonly status: 500 | 503 | 504,
    readonly reason: 'OUTAGE' | 'SCRIPT' | 'RANDOM' | 'TIMEOUT',
  ) {
    super(`chaos: ${status} (${reason})`);
  }
}
