export type Channel = 'digital' | 'corban' | 'internal';

export interface HttpResult<T = unknown> {
  status: number;
  body: T;
}

/** A thin JSON client for one channel's proposal API, used by the demo and the end-to-end tests. */
export class ChannelClient {
  constructor(
    private readonly baseUrl: string,
    readonly channel: Channel,
    private readonly apiKey: string | undefined,
  ) {}

  get<T = Record<string, unknown>>(path: string): Promise<HttpResult<T>> {
    return this.request<T>('GET', path);
  }

  post<T = Record<string, unknown>>(path: string, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    return this.request<T>('POST', path, body, headers);
  }

  /** Path under this channel: `/v1/<channel>/<rest>`. */
  path(rest: string): string {
    return `/v1/${this.channel}/${rest.replace(/^\//, '')}`;
  }

  private async request<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResult<T>> {
    const res = await fetch(`${this.baseUrl}${path}`, {
      method,
      headers: {
        ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        ...(this.apiKey ? { 'x-api-key': this.apiKey } : {}),
        ...headers,
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: (text ? JSON.parse(text) : undefined) as T };
  }
}

export interface StateChange {
  state: string;
  elapsedMs: number;
}

/**
 * Polls a proposal until it reaches one of `finalStates`, reporting each state it is seen in.
 * Returns the last body. Throws on timeout, naming the state it was stuck in.
 */
export async function followProposal(
  client: ChannelClient,
  proposalId: string,
  finalStates: readonly string[],
  onChange: (change: StateChange) => void = () => undefined,
  timeoutMs = 120_000,
): Promise<Record<string, unknown>> {
  const started = Date.now();
  let last: string | undefined;
  for (;;) {
    const { status, body } = await client.get(client.path(`proposals/${proposalId}`));
    if (status !== 200) throw new Error(`GET proposal ${proposalId} answered ${status}: ${JSON.stringify(body)}`);
    const state = String(body['state']);
    if (state !== last) {
      last = state;
      onChange({ state, elapsedMs: Date.now() - started });
    }
    if (finalStates.includes(state)) return body;
    if (Date.now() - started > timeoutMs) throw new Error(`proposal ${proposalId} stuck in ${state} after ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 150));
  }
}
