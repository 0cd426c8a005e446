/**
 * What a log line may say about a failed send (R-X-2): the error's kind — its code (nodemailer's
 * `ECONNECTION`, `EENVELOPE`…, or the class name) and the SMTP reply code — never its text. A
 * provider's message may quote the recipient in forms no mask recognizes ("550 joana.silva: no such
 * user"); the text itself is kept on the delivery, masked and sealed (`lastError`).
 */
export function loggableFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown';
  const { code, responseCode } = error as Error & { code?: unknown; responseCode?: unknown };
  const kind = typeof code === 'string' && /^[A-Z][A-Z0-9_]{0,40}$/.test(code) ? code : error.name;
  return typeof responseCode === 'number' ? `${kind} ${responseCode}` : kind;
}
