import { Redis } from 'ioredis';
import { RateLimiter } from './rate-limit';

describe('RateLimiter without its Redis (R-SEC-2)', () => {
  const redis = new Redis('redis://127.0.0.1:1', { enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null, lazyConnect: true });
  redis.on('error', () => undefined);
  afterAll(() => redis.disconnect());

  it('keeps limiting, per instance, in memory', async () => {
    const limiter = new RateLimiter({ redisUrl: 'unused', keyPrefix: 'spec', perClientPerMinute: 2, perCustomerPerMinute: 1 }, redis);
    const client = [await limiter.take('client', 'corban-alpha'), await limiter.take('client', 'corban-alpha'), await limiter.take('client', 'corban-alpha')];
    expect(client.map((v) => v.allowed)).toEqual([true, true, false]);
    expect(client[2]).toMatchObject({ allowed: false, limit: 2, retryAfterS: expect.any(Number) });
    expect((await limiter.take('customer', 'c1')).allowed).toBe(true);
    expect((await limiter.take('customer', 'c1')).allowed).toBe(false);
    expect((await limiter.take('customer', 'c2')).allowed).toBe(true);
  });
});
