import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { contentHash } from '@consignado/core';
import { claimKey, findKey, type StoredKey, storeResult } from './idempotency-key.store';
import { type CommandOutcome, type IdempotencyClaim, plainJson, type ResultCodec } from './idempotency.types';

type Run<T> = { ran: true; result: T } | { ran: false; earlier: StoredKey };

/**
 * Runs a command in one transaction. With a claim, the key is taken first in that transaction
 * and the result stored before it commits: the same key and content again replays the stored
 * result (a concurrent twin waits on the key, then replays the winner's); other content is
 * refused with the claim's conflict. A command that fails stores nothing: its key stays free.
 */
@Injectable()
export class IdempotentCommands {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async run<T>(claim: IdempotencyClaim | undefined, work: (manager: EntityManager) => Promise<T>, codec: ResultCodec<T> = plainJson()): Promise<CommandOutcome<T>> {
    if (!claim) return { result: await this.dataSource.transaction(work), replayed: false };
    const fingerprint = contentHash(claim.content);
    const run = await this.dataSource.transaction(async (manager): Promise<Run<T>> => {
      if (!(await claimKey(manager, claim.scope, claim.key, fingerprint))) return { ran: false, earlier: await findKey(manager, claim.scope, claim.key) };
      const result = await work(manager);
      await storeResult(manager, claim.scope, claim.key, codec.encode(result));
      return { ran: true, result };
    });
    if (run.ran) return { result: run.result, replayed: false };
    if (run.earlier.fingerprint !== fingerprint) throw claim.conflict();
    return { result: codec.decode(run.earlier.result), replayed: true };
  }
}
