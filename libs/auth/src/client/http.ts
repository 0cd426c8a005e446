import { IdentityError } from './errors';

/** The parsed JSON of a response, or undefined when it is not JSON. */
export async function jsonOf(res: Response): Promise<unknown> {
  const text = await res.text();
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** POSTs a form and returns the JSON answer; a non-2xx answer throws IdentityError. */
export async function postForm<T>(url: string, form: Record<string, string | undefined>): Promise<T> {
  const body = new URLSearchParams(Object.entries(form).filter((e): e is [string, string] => e[1] !== undefined));
  const res = await fetch(url, { method: 'POST', body, headers: { accept: 'application/json' } });
  const json = await jsonOf(res);
  if (!res.ok) throw IdentityError.fromBody(res.status, json);
  return json as T;
}

/** The token endpoint's success answer (RFC 6749 §5.1). */
export interface TokenResponse {
  access_token: string;
  expires_in: number;
  token_type: string;
  scope?: string;
  id_token?: string;
  refresh_token?: string;
}

/** The part of the discovery document the client uses. */
export interface Discovery {
  issuer: string;
  authorization_endpoint: string;
  token_endpoint: string;
  jwks_uri: string;
  userinfo_endpoint?: string;
}

/** `<issuer>/.well-known/openid-configuration`; throws IdentityError when the provider does not answer. */
export async function discover(issuer: string): Promise<Discovery> {
  const url = `${issuer}/.well-known/openid-configuration`;
  const res = await fetch(url).catch((error: unknown) => {
    throw new IdentityError('provider_unreachable', `${url}: ${error instanceof Error ? error.message : error} (is \`node infra/stack.mjs up\` running?)`);
  });
  if (!res.ok) throw IdentityError.fromBody(res.status, await jsonOf(res));
  return (await res.json()) as Discovery;
}
