/** Tokens kept until `marginMs` (60 s by default) before they expire. */
export class TokenCache<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();
  private readonly pending = new Map<string, Promise<{ value: T; expiresIn: number }>>();

  constructor(
    private readonly marginMs = 60_000,
    private readonly now: () => number = Date.now,
  ) {}

  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry && entry.expiresAt - this.marginMs > this.now()) return entry.value;
    this.entries.delete(key);
    return undefined;
  }

  /** Keeps `value` for `expiresInSeconds` (the token endpoint's `expires_in`). */
  set(key: string, value: T, expiresInSeconds: number): void {
    this.entries.set(key, { value, expiresAt: this.now() + expiresInSeconds * 1000 });
  }

  /** Concurrent callers for the same key share one request. */
  async getOrFetch(key: string, fetcher: () => Promise<{ value: T; expiresIn: number }>): Promise<T> {
    const cached = this.get(key);
    if (cached !== undefined) return cached;
    let pending = this.pending.get(key);
    if (!pending) {
      pending = fetcher().finally(() => this.pending.delete(key));
      this.pending.set(key, pending);
    }
    const { value, expiresIn } = await pending;
    this.set(key, value, expiresIn);
    return value;
  }
}
