import Redis from 'ioredis';
import { examplePayload } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';
import { loadConfig } from '@consignado/config';
import { testEndpoints, uniqueName } from '@consignado/testing';
import { AverbationConnectorConfig } from '../src/config';
import type { DataprevMargin } from '../src/modules/dataprev/dataprev.types';
import { RedisMarginCache } from '../src/modules/margin-cache/redis-margin-cache';

/** R-AV-3 on the real Redis: TTL, holder check, and invalidation that beats a query in flight. */
describe('RedisMarginCache', () => {
  const prefix = uniqueName('it-cache');
  const redis = new Redis(testEndpoints().redisUrl);
  const cipher = new FieldCipher(DEV_PII_KEY_RING);
  const cache = new RedisMarginCache(redis, loadConfig(AverbationConnectorConfig, { REDIS_KEY_PREFIX: prefix, MARGIN_CACHE_TTL_SECONDS: '2' }), cipher);
  const margin: DataprevMargin = (({ benefit, margins, restrictions, checkedAt }) => ({ benefit, margins, restrictions, checkedAt }))(examplePayload('MarginChecked'));
  const holder = { benefitNumber: '1234567890', cpf: '52998224725' };

  afterAll(async () => {
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
  });

  it('serves what it stored, only to the same CPF, for the configured TTL, without the CPF in Redis', async () => {
    const generation = await cache.generation(holder.benefitNumber);
    expect(generation).toBe('0');
    expect(await cache.put(holder, margin, generation)).toBe(true);
    expect(await cache.get(holder)).toEqual(margin);
    expect(await cache.get({ ...holder, cpf: '12345678909' })).toBeUndefined();
    const key = `${prefix}:margin:${cipher.lookup(holder.benefitNumber)}`;
    const raw = (await redis.get(key)) ?? '';
    expect(raw).not.toContain(holder.cpf);
    expect(await redis.ttl(key)).toBeGreaterThan(0);
  });

  it('keeps no benefit number or CPF in clear: keys by lookup hash, entries sealed (R-SEC-3)', async () => {
    const benefit = { ...holder, benefitNumber: '3234567890' };
    await cache.put(benefit, margin, await cache.generation(benefit.benefitNumber));
    const keys = await redis.keys(`${prefix}:*`);
    expect(keys).toContain(`${prefix}:margin:${cipher.lookup(benefit.benefitNumber)}`);
    for (const number of [holder.benefitNumber, benefit.benefitNumber]) expect(keys.join(' ')).not.toContain(number);
    const raw = (await redis.get(`${prefix}:margin:${cipher.lookup(benefit.benefitNumber)}`)) ?? '';
    expect(raw).toMatch(/^pii:v1:/);
    expect(raw).not.toContain(margin.benefit.number);
  });

  it('forgets a benefit: entry and generation gone (erasure)', async () => {
    const benefit = { ...holder, benefitNumber: '4234567890' };
    await cache.invalidate(benefit.benefitNumber);
    await cache.put(benefit, margin, await cache.generation(benefit.benefitNumber));
    expect(await cache.get(benefit)).toEqual(margin);
    await cache.forget(benefit.benefitNumber);
    expect(await cache.get(benefit)).toBeUndefined();
    expect(await redis.exists(`${prefix}:margin:${cipher.lookup(benefit.benefitNumber)}`, `${prefix}:margin-generation:${cipher.lookup(benefit.benefitNumber)}`)).toBe(0);
  });

  it('drops the entry on invalidation and refuses a stale answer read before it', async () => {
    const benefit = { ...holder, benefitNumber: '2234567890' };
    const before = await cache.generation(benefit.benefitNumber);
    await cache.put(benefit, margin, before);
    const inFlight = await cache.generation(benefit.benefitNumber); // a query starts…
    await cache.invalidate(benefit.benefitNumber); // …a registration lands…
    expect(await cache.get(benefit)).toBeUndefined();
    expect(await cache.put(benefit, margin, inFlight)).toBe(false); // …the stale answer is not kept
    expect(await cache.get(benefit)).toBeUndefined();
    expect(await cache.put(benefit, margin, await cache.generation(benefit.benefitNumber))).toBe(true);
  });

  it('degrades to "no cache" when Redis does not answer', async () => {
    const dead = new Redis('redis://127.0.0.1:1', { maxRetriesPerRequest: 0, lazyConnect: true, enableOfflineQueue: false });
    const offline = new RedisMarginCache(dead, loadConfig(AverbationConnectorConfig, { REDIS_KEY_PREFIX: prefix }), cipher);
    expect(await offline.get(holder)).toBeUndefined();
    expect(await offline.generation(holder.benefitNumber)).toBeUndefined();
    expect(await offline.put(holder, margin, undefined)).toBe(false);
    await expect(offline.invalidate(holder.benefitNumber)).resolves.toBeUndefined();
    dead.disconnect();
  });
});
