import { Inject, Injectable, Logger } from '@nestjs/common';
import type Redis from 'ioredis';
import { FieldCipher } from '@consignado/core';
import { AverbationConnectorConfig } from '../../config';
import type { BenefitHolder, DataprevMargin } from '../dataprev/dataprev.types';
import type { MarginCache } from './margin-cache';

export const REDIS = Symbol('REDIS');

/** Sets the entry only while the generation is still the one read before the Dataprev call. */
const PUT_IF_GENERATION = `
local current = redis.call('GET', KEYS[2]) or '0'
if current ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[1], ARGV[2], 'EX', ARGV[3])
return 1`;

/** Generations outlive any entry and any call in flight. */
const GENERATION_TTL_SECONDS = 86_400;

/** The sealing field of a cached entry (it holds the benefit's number and value). */
const ENTRY_FIELD = 'margin_cache.entry';

interface Entry {
  /** Lookup hash of the benefit and CPF the answer was given to: another CPF never gets it. The CPF itself is not stored. */
  holder: string;
  margin: DataprevMargin;
}

/**
 * The margin cache on Redis (ioredis): one key per benefit, TTL MARGIN_CACHE_TTL_SECONDS. Personal
 * data never sits in Redis in clear (R-SEC-3): keys carry the benefit number's keyed lookup hash,
 * entries are sealed.
 */
@Injectable()
export class RedisMarginCache implements MarginCache {
  private readonly logger = new Logger('MarginCache');

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    private readonly config: AverbationConnectorConfig,
    private readonly cipher: FieldCipher,
  ) {}

  async get(holder: BenefitHolder): Promise<DataprevMargin | undefined> {
    const raw = await this.safely('get', () => this.redis.get(this.entryKey(holder.benefitNumber)));
    const entry = raw ? this.parseEntry(raw) : undefined;
    return entry?.holder === this.holderHash(holder) ? entry.margin : undefined;
  }

  async generation(benefitNumber: string): Promise<string | undefined> {
    const value = await this.safely('generation', () => this.redis.get(this.generationKey(benefitNumber)));
    return value === undefined ? undefined : (value ?? '0');
  }

  async put(holder: BenefitHolder, margin: DataprevMargin, generation: string | undefined): Promise<boolean> {
    if (generation === undefined) return false;
    const entry: Entry = { holder: this.holderHash(holder), margin };
    const keys = [this.entryKey(holder.benefitNumber), this.generationKey(holder.benefitNumber)];
    const sealed = this.cipher.seal(JSON.stringify(entry), ENTRY_FIELD);
    const stored = await this.safely('put', () => this.redis.eval(PUT_IF_GENERATION, 2, ...keys, generation, sealed, String(this.config.MARGIN_CACHE_TTL_SECONDS)));
    return stored === 1;
  }

  async invalidate(benefitNumber: string): Promise<void> {
    const generation = this.generationKey(benefitNumber);
    await this.safely('invalidate', () => this.redis.multi().incr(generation).expire(generation, GENERATION_TTL_SECONDS).del(this.entryKey(benefitNumber)).exec());
  }

  async forget(benefitNumber: string): Promise<void> {
    await this.safely('forget', () => this.redis.del(this.entryKey(benefitNumber), this.generationKey(benefitNumber)));
  }

  private entryKey(benefitNumber: string): string {
    return `${this.config.REDIS_KEY_PREFIX}:margin:${this.cipher.lookup(benefitNumber)}`;
  }

  private generationKey(benefitNumber: string): string {
    return `${this.config.REDIS_KEY_PREFIX}:margin-generation:${this.cipher.lookup(benefitNumber)}`;
  }

  private holderHash(holder: BenefitHolder): string {
    return this.cipher.lookup(`${holder.benefitNumber}:${holder.cpf}`);
  }

  /** An entry that does not open or parse (another key ring, an older build's clear entry) is a miss. */
  private parseEntry(raw: string): Entry | undefined {
    try {
      return JSON.parse(this.cipher.open(raw, ENTRY_FIELD)) as Entry;
    } catch {
      return undefined;
    }
  }

  /** Redis trouble degrades to "no cache" with a warning; it never fails the caller. */
  private async safely<T>(operation: string, fn: () => Promise<T>): Promise<T | undefined> {
    try {
      return await fn();
    } catch (error) {
      this.logger.warn(`margin cache ${operation} failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
  }
}
