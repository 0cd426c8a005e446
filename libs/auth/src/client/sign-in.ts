import type { CookieJar } from './cookie-jar';
import { IdentityError } from './errors';

const MAX_STEPS = 12;

/**
 * Follows the provider from the authorization request to the redirect URI, filling the login
 * form once (fields `login`, `password`) and carrying cookies. Resolves with the redirect URI's
 * URL (code and state, or error); a refused login throws access_denied with the page's message.
 */
export async function signIn(jar: CookieJar, start: URL, redirectUri: string, credentials: { login: string; password: string }): Promise<URL> {
  let url = start;
  let form: URLSearchParams | undefined;
  let loggedIn = false;
  for (let step = 0; step < MAX_STEPS; step++) {
    const res = await send(jar, url, form);
    form = undefined;
    const location = res.headers.get('location');
    if (res.status >= 300 && res.status < 400 && location) {
      url = new URL(location, url);
      if (url.href.startsWith(`${redirectUri}?`)) return url;
      continue;
    }
    const page = await res.text();
    if (res.status === 401 && loggedIn) throw new IdentityError('access_denied', alertOf(page) ?? 'login refused', 401);
    if (res.status !== 200 || loggedIn || !/^\/interaction\/[\w-]+$/.test(url.pathname)) throw unexpected(res, page);
    loggedIn = true;
    url = new URL(`${url.pathname}/login`, url);
    form = new URLSearchParams({ login: credentials.login, password: credentials.password });
  }
  throw new IdentityError('too_many_redirects', `no redirect to ${redirectUri} after ${MAX_STEPS} steps`);
}

async function send(jar: CookieJar, url: URL, form?: URLSearchParams): Promise<Response> {
  const headers: Record<string, string> = { accept: 'application/json, text/html;q=0.9' };
  const cookie = jar.header();
  if (cookie) headers['cookie'] = cookie;
  const res = await fetch(url, { method: form ? 'POST' : 'GET', body: form, headers, redirect: 'manual' });
  jar.store(res);
  return res;
}

const alertOf = (page: string): string | undefined => /<p role="alert">([^<]*)<\/p>/.exec(page)?.[1];

/** The provider's error answer (JSON `{ error, error_description }`, see apps/identity renderError). */
function unexpected(res: Response, page: string): IdentityError {
  try {
    return IdentityError.fromBody(res.status, JSON.parse(page));
  } catch {
    return new IdentityError(`http_${res.status}`, page.slice(0, 200), res.status);
  }
}
