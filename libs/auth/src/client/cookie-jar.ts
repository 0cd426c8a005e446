/**
 * The cookies of one headless browser session against one origin: the latest value of each name,
 * sent on every request (oidc-provider's path-scoped cookies have distinct names); a cookie set
 * expired (Max-Age=0 or a past Expires) is forgotten.
 */
export class CookieJar {
  private readonly cookies = new Map<string, string>();

  /** Takes the Set-Cookie headers of `res`. */
  store(res: Response): void {
    for (const line of res.headers.getSetCookie()) this.storeLine(line);
  }

  storeLine(line: string): void {
    const [pair, ...attributes] = line.split(';');
    const eq = pair.indexOf('=');
    if (eq <= 0) return;
    const name = pair.slice(0, eq).trim();
    if (attributes.some(isExpiry)) this.cookies.delete(name);
    else this.cookies.set(name, pair.slice(eq + 1).trim());
  }

  /** The Cookie header value, or undefined when the jar is empty. */
  header(): string | undefined {
    return this.cookies.size ? [...this.cookies].map(([n, v]) => `${n}=${v}`).join('; ') : undefined;
  }
}

function isExpiry(attribute: string): boolean {
  const [key, value = ''] = attribute.trim().split('=');
  if (key.toLowerCase() === 'max-age') return Number(value) <= 0;
  if (key.toLowerCase() === 'expires') return Date.parse(value) <= Date.now();
  return false;
}
