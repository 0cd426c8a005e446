/**
 * Thrown by a handler when retrying cannot help (the event contradicts the aggregate's state, a
 * referenced record does not exist and never will): the message goes to the dead-letter topic at
 * once instead of after the retry budget. `code` survives into the dead-letter record.
 */
export class PermanentError extends Error {
  override readonly name = 'PermanentError';
  constructor(
    message: string,
    readonly code = 'MESSAGING.PERMANENT',
  ) {
    super(message);
  }
}

/**
 * Error codes (domain error `code` fields) that are permanent wherever they are raised. Domain
 * errors cross the boundary by code, not by class (see STYLE.md, Errors), so a handler may simply
 * rethrow its domain error and list the codes here via the consumer's `permanentErrorCodes`.
 */
export function isPermanent(error: unknown, permanentCodes: ReadonlySet<string>): boolean {
  if (error instanceof PermanentError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && permanentCodes.has(code);
}

/**
 * PostgreSQL or network failures that say nothing about the message: the database is down or
 * restarting. The consumer waits them out without spending the message's retry budget, so an
 * outage stalls the partition instead of dead-lettering everything that arrives meanwhile.
 */
export function isInfrastructureError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === 'string') {
    // SQLSTATE class 08 (connection exception), 57P0x (shutdown), 53300 (too many connections).
    if (code.startsWith('08') || code.startsWith('57P0') || code === '53300') return true;
    if (['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND'].includes(code)) return true;
  }
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|connection timeout|Client has encountered a connection error/i.test(message);
}
