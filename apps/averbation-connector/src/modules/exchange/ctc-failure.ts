/**
 * Why an exchange call did not succeed. TRANSIENT: worth retrying (5xx, throttling, timeouts,
 * connection errors, a garbled answer, our credentials refused). REFUSED: the exchange's business
 * answer (a deadline passed, an illegal move, a conflict), which retrying will not change.
 * ABORTED: this instance is stopping; the call proves nothing.
 */
export interface CtcFailure {
  kind: 'TRANSIENT' | 'REFUSED' | 'ABORTED';
  /** The exchange's code on a refusal (CTC.DEADLINE_EXPIRED…), or CTC.UNAVAILABLE/TIMEOUT/BAD_RESPONSE/UNAUTHORIZED. */
  code: string;
  /** pt-BR (D-6): the exchange's own detail on a refusal. */
  message: string;
  status?: number;
  /** The exchange's details on a refusal (e.g. { status, action } of an illegal move, { reason } of an expiry). */
  details?: Record<string, unknown>;
}

export type CtcResult<T> = { ok: true; value: T } | { ok: false; failure: CtcFailure };

const RETRYABLE_4XX = new Set([408, 425, 429]);

/** Classifies a non-2xx answer from its status and RFC 7807 body. */
export function failureFromAnswer(status: number, body: { code?: unknown; detail?: unknown; details?: unknown } | undefined): CtcFailure {
  const code = typeof body?.code === 'string' ? body.code : undefined;
  const detail = typeof body?.detail === 'string' && body.detail.length > 0 ? body.detail : undefined;
  if (status === 401) return { kind: 'TRANSIENT', code: 'CTC.UNAUTHORIZED', message: 'A câmara recusou as credenciais do participante (CTC_PARTICIPANT_ISPB / CTC_API_KEY).', status };
  if (status >= 500 || RETRYABLE_4XX.has(status)) {
    const timeout = status === 504 || status === 408;
    return { kind: 'TRANSIENT', code: timeout ? 'CTC.TIMEOUT' : 'CTC.UNAVAILABLE', message: timeout ? 'A câmara (CTC) não respondeu a tempo.' : 'Câmara de portabilidade (CTC) indisponível no momento.', status };
  }
  const details = typeof body?.details === 'object' && body.details !== null ? (body.details as Record<string, unknown>) : undefined;
  return { kind: 'REFUSED', code: code ?? 'CTC.REQUEST_REFUSED', message: detail ?? 'A câmara (CTC) recusou a requisição.', status, ...(details ? { details } : {}) };
}

/** No answer: our timeout fired, the connection failed, or this instance is stopping. */
export function transportFailure(cause: 'TIMEOUT' | 'NETWORK' | 'ABORTED', timeoutMs: number): CtcFailure {
  if (cause === 'ABORTED') return { kind: 'ABORTED', code: 'CTC.ABORTED', message: 'Chamada interrompida pelo desligamento do serviço.' };
  if (cause === 'TIMEOUT') return { kind: 'TRANSIENT', code: 'CTC.TIMEOUT', message: `A câmara (CTC) não respondeu em ${timeoutMs} ms.` };
  return { kind: 'TRANSIENT', code: 'CTC.UNAVAILABLE', message: 'Câmara (CTC) inacessível (falha de conexão).' };
}

/** A 2xx whose body is not what the operation answers: a glitch, retried. */
export const BAD_RESPONSE: CtcFailure = { kind: 'TRANSIENT', code: 'CTC.BAD_RESPONSE', message: 'Resposta inválida da câmara (CTC).' };
