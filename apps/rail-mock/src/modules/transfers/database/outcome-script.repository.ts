import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, In } from 'typeorm';
import { type Creditor, creditorSubject } from '../domain/creditor';
import type { OutcomeScript } from '../domain/outcome-script';
import { ANY_CREDITOR, scriptOf, subjectOf } from './transfer.mapper';
import { OutcomeScriptRow } from './transfer.orm-entities';

export const OUTCOME_SCRIPTS = Symbol('OUTCOME_SCRIPTS');

/** Port: the pending outcome scripts, shared by every instance (rows, not memory). */
export interface OutcomeScripts {
  /** Adds or replaces the script of its creditor (or of any creditor); `remaining: 0` removes it. */
  put(script: OutcomeScript): Promise<void>;
  pending(): Promise<OutcomeScript[]>;
  clear(): Promise<void>;
  /** Uses one transfer of the script for `creditor`, else of any creditor, in the filing's transaction. */
  take(manager: EntityManager, creditor: Creditor): Promise<OutcomeScript | undefined>;
}

@Injectable()
export class TypeOrmOutcomeScripts implements OutcomeScripts {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async put(s: OutcomeScript): Promise<void> {
    const subject = subjectOf(s);
    const repository = this.dataSource.getRepository(OutcomeScriptRow);
    if (s.remaining === 0) return void (await repository.delete({ subject }));
    await repository.upsert({ subject, settlement: s.settlement, settlementMs: s.settlementMs ?? null, remaining: s.remaining, updatedAt: new Date() }, ['subject']);
  }

  async pending(): Promise<OutcomeScript[]> {
    return (await this.dataSource.getRepository(OutcomeScriptRow).find({ order: { subject: 'ASC' } })).map(scriptOf);
  }

  async clear(): Promise<void> {
    await this.dataSource.getRepository(OutcomeScriptRow).clear();
  }

  async take(manager: EntityManager, creditor: Creditor): Promise<OutcomeScript | undefined> {
    const own = subjectOf(creditorSubject(creditor));
    const rows = await manager.getRepository(OutcomeScriptRow).find({ where: { subject: In([own, ANY_CREDITOR]) }, lock: { mode: 'pessimistic_write' } });
    const row = rows.find((r) => r.subject === own) ?? rows[0];
    if (!row) return undefined;
    if (row.remaining <= 1) await manager.getRepository(OutcomeScriptRow).delete({ subject: row.subject });
    else await manager.getRepository(OutcomeScriptRow).update({ subject: row.subject }, { remaining: row.remaining - 1, updatedAt: new Date() });
    return scriptOf(row);
  }
}
