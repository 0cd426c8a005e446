import type { Redis } from 'ioredis';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';

/** Requests per minute per OAuth client, and per customer acting through the app (R-SEC-2). */
export interface RateLimits {
  readonly redisUrl: string;
  /** Prefix of the counters' keys: instances of one service share it, so they share the budget. */
  readonly keyPrefix: string;
  readonly perClientPerMinute: number;
  readonly perCustomerPerMinute: number;
}

export type Verdict = { allowed: true; limit: number; remaining: number; resetS: number } | { allowed: false; limit: number; retryAfterS: number };

/**
 * Counters in Redis (rate-limiter-flexible), so several instances of a service share one budget.
 * If Redis is down, each instance falls back to its own in-memory counters: the API keeps
 * answering, limited per instance, instead of failing every request.
 */
export class RateLimiter {
  private readonly limiters: Record<'client' | 'customer', RateLimiterRedis>;

  constructor(
    private readonly limits: RateLimits,
    redis: Redis,
  ) {
    const make = (kind: 'client' | 'customer', points: number) =>
      new RateLimiterRedis({
        storeClient: redis, keyPrefix: `${limits.keyPrefix}:rl:${kind}`, points, duration: 60, useRedisPackage: false,
        insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${limits.keyPrefix}:rl:${kind}:memory`, points, duration: 60 }),
      });
    this.limiters = { client: make('client', limits.perClientPerMinute), customer: make('customer', limits.perCustomerPerMinute) };
  }

  /** Counts one request of `key` against its kind's budget. */
  async take(kind: 'client' | 'customer', key: string): Promise<Verdict> {
    const limit = kind === 'client' ? this.limits.perClientPerMinute : this.limits.perCustomerPerMinute;
    try {
      const res = await this.limiters[kind].consume(key);
      return { allowed: true, limit, remaining: res.remainingPoints, resetS: Math.ceil(res.msBeforeNext / 1000) };
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      return { allowed: false, limit, retryAfterS: Math.max(1, Math.ceil(refusal.msBeforeNext / 1000)) };
    }
  }
}
