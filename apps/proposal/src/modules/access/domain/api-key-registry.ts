import { createHash, timingSafeEqual } from 'node:crypto';
import type { OriginationChannel } from '@consignado/contracts';
import type { ApiKeyEntry } from './api-keys';
import type { Principal } from './principal';

const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();

/**
 * Resolves a presented X-Api-Key to its principal (R-PR-1). Keys are compared as SHA-256 digests
 * with `timingSafeEqual`, against every configured key without stopping at a match, so neither
 * the key's length nor its position leaks through timing.
 */
export class ApiKeyRegistry {
  private readonly entries: ReadonlyArray<{ digest: Buffer; principal: Principal }>;

  constructor(entries: readonly ApiKeyEntry[]) {
    this.entries = entries.map((e) => ({ digest: digest(e.key), principal: e.principal }));
  }

  /** The principal of `presented` when it is a key of `channel`; undefined otherwise. */
  resolve(presented: string | undefined, channel: OriginationChannel): Principal | undefined {
    const candidate = digest(presented ?? '');
    let found: Principal | undefined;
    for (const entry of this.entries) {
      if (timingSafeEqual(entry.digest, candidate)) found = entry.principal;
    }
    return presented && found?.channel === channel ? found : undefined;
  }
}
