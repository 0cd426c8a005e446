import type { Principal } from './principal';

/** How long a verified token is taken on trust before its signature is checked again. */
const RECHECK_AFTER_MS = 60_000;
/** Entries kept at most; the oldest go first (a Map iterates in insertion order). */
const MAX_ENTRIES = 10_000;

/**
 * Remembers tokens whose signature, issuer and audience were verified, with their principal, until
 * the token expires or a minute has passed, whichever is first: a client calling often with one
 * token pays the signature check once a minute instead of on every request. Only verified tokens
 * are kept, at most MAX_ENTRIES, so a flood of bad tokens costs the cache nothing.
 */
export class VerifiedTokens {
  private readonly entries = new Map<string, { principal: Principal; until: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  get(token: string): Principal | undefined {
    const entry = this.entries.get(token);
    if (!entry) return undefined;
    if (this.now() < entry.until) return entry.principal;
    this.entries.delete(token);
    return undefined;
  }

  /** @param expiresAt the token's `exp`, in seconds since the epoch. */
  remember(token: string, principal: Principal, expiresAt: number): void {
    const until = Math.min(expiresAt * 1000, this.now() + RECHECK_AFTER_MS);
    if (until <= this.now()) return;
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(token, { principal, until });
  }

  get size(): number {
    return this.entries.size;
  }
}
