/**
 * Why a rail call did not succeed. TRANSIENT: worth retrying (5xx, throttling, timeouts,
 * connection errors, a garbled answer, our key refused). REFUSED: the rail's answer to this request
 * (a malformed order, a transfer it does not know), which retrying will not change. ABORTED: this
 * instance is stopping; the call proves nothing.
 */
export interface RailFailure {
  kind: 'TRANSIENT' | 'REFUSED' | 'ABORTED';
  /** The rail's code on a refusal (RAIL.TRANSFER_NOT_FOUND…), or RAIL.UNAVAILABLE/TIMEOUT/BAD_RESPONSE/UNAUTHORIZED. */
  code: string;
  /** pt-BR (D-6): the rail's own detail on a refusal. */
  message: string;
  status?: number;
}

export type RailResult<T> = { ok: true; value: T } | { ok: false; failure: RailFailure };

const RETRYABLE_4XX = new Set([408, 425, 429]);

/** Classifies a non-2xx answer from its status and RFC 7807 body. */
export function failureFromAnswer(status: number, body: { code?: unknown; detail?: unknown } | undefined): RailFailure {
  const code = typeof body?.code === 'string' ? body.code : undefined;
  const detail = typeof body?.detail === 'string' && body.detail.length > 0 ? body.detail : undefined;
  if (status === 401) return { kind: 'TRANSIENT', code: 'RAIL.UNAUTHORIZED', message: 'O arranjo de pagamentos recusou a nossa chave (RAIL_API_KEY).', status };
  if (status >= 500 || RETRYABLE_4XX.has(status)) {
    const timeout = status === 504 || status === 408;
    return { kind: 'TRANSIENT', code: timeout ? 'RAIL.TIMEOUT' : 'RAIL.UNAVAILABLE', message: timeout ? 'O arranjo de pagamentos não respondeu a tempo.' : 'Arranjo de pagamentos indisponível no momento.', status };
  }
  return { kind: 'REFUSED', code: code ?? 'RAIL.REQUEST_REFUSED', message: detail ?? 'O arranjo de pagamentos recusou a requisição.', status };
}

/** No answer: our timeout fired, the connection failed, or this instance is stopping. */
export function transportFailure(cause: 'TIMEOUT' | 'NETWORK' | 'ABORTED', timeoutMs: number): RailFailure {
  if (cause === 'ABORTED') return { kind: 'ABORTED', code: 'RAIL.ABORTED', message: 'Chamada interrompida pelo desligamento do serviço.' };
  if (cause === 'TIMEOUT') return { kind: 'TRANSIENT', code: 'RAIL.TIMEOUT', message: `O arranjo de pagamentos não respondeu em ${timeoutMs} ms.` };
  return { kind: 'TRANSIENT', code: 'RAIL.UNAVAILABLE', message: 'Arranjo de pagamentos inacessível (falha de conexão).' };
}

/** A 2xx whose body is not a transfer (or another transfer than ours): a glitch, retried. */
export const BAD_RESPONSE: RailFailure = { kind: 'TRANSIENT', code: 'RAIL.BAD_RESPONSE', message: 'Resposta inválida do arranjo de pagamentos.' };
