/**
 * Why an insurer call did not succeed. TRANSIENT: worth retrying (5xx, throttling, timeouts,
 * connection errors, a garbled answer, our key refused). REFUSED: the insurer's answer to this
 * request (a conflict, a policy already claimed, a claim it does not know), which retrying will
 * not change. ABORTED: this instance is stopping; the call proves nothing.
 */
export interface InsurerFailure {
  kind: 'TRANSIENT' | 'REFUSED' | 'ABORTED';
  /** The insurer's code on a refusal (INSURER.POLICY_ALREADY_CLAIMED…), or INSURER.UNAVAILABLE/TIMEOUT/BAD_RESPONSE/UNAUTHORIZED. */
  code: string;
  /** pt-BR (D-6): the insurer's own detail on a refusal. */
  message: string;
  status?: number;
}

export type InsurerResult<T> = { ok: true; value: T } | { ok: false; failure: InsurerFailure };

const RETRYABLE_4XX = new Set([408, 425, 429]);

/** Classifies a non-2xx answer from its status and RFC 7807 body. */
export function failureFromAnswer(status: number, body: { code?: unknown; detail?: unknown } | undefined): InsurerFailure {
  const code = typeof body?.code === 'string' ? body.code : undefined;
  const detail = typeof body?.detail === 'string' && body.detail.length > 0 ? body.detail : undefined;
  if (status === 401) return { kind: 'TRANSIENT', code: 'INSURER.UNAUTHORIZED', message: 'A seguradora recusou a nossa chave (INSURER_API_KEY).', status };
  if (status >= 500 || RETRYABLE_4XX.has(status)) {
    const timeout = status === 504 || status === 408;
    return { kind: 'TRANSIENT', code: timeout ? 'INSURER.TIMEOUT' : 'INSURER.UNAVAILABLE', message: timeout ? 'A seguradora não respondeu a tempo.' : 'Seguradora indisponível no momento.', status };
  }
  return { kind: 'REFUSED', code: code ?? 'INSURER.REQUEST_REFUSED', message: detail ?? 'A seguradora recusou a requisição.', status };
}

/** No answer: our timeout fired, the connection failed, or this instance is stopping. */
export function transportFailure(cause: 'TIMEOUT' | 'NETWORK' | 'ABORTED', timeoutMs: number): InsurerFailure {
  if (cause === 'ABORTED') return { kind: 'ABORTED', code: 'INSURER.ABORTED', message: 'Chamada interrompida pelo desligamento do serviço.' };
  if (cause === 'TIMEOUT') return { kind: 'TRANSIENT', code: 'INSURER.TIMEOUT', message: `A seguradora não respondeu em ${timeoutMs} ms.` };
  return { kind: 'TRANSIENT', code: 'INSURER.UNAVAILABLE', message: 'Seguradora inacessível (falha de conexão).' };
}

/** A 2xx whose body is not a claim (or another claim than ours): a glitch, retried. */
export const BAD_RESPONSE: InsurerFailure = { kind: 'TRANSIENT', code: 'INSURER.BAD_RESPONSE', message: 'Resposta inválida da seguradora.' };
