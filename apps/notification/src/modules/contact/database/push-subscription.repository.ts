import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager, IsNull } from 'typeorm';
import { FieldCipher } from '@consignado/core';
import { openJson, sealJson } from '@consignado/service-kit';
import type { PushSubscription, PushSubscriptionInput } from '../domain/push-subscription';
import { PushSubscriptionRow } from './push-subscription.orm-entity';

export const PUSH_SUBSCRIPTIONS = Symbol('PUSH_SUBSCRIPTIONS');

/** Port: customers' push subscriptions; a subscription the push service gave up on is `gone` and no longer used. */
export interface PushSubscriptions {
  /** Keeps the device (the same endpoint again keeps its id and takes the new keys); `created` false for a known one. */
  save(manager: EntityManager, customerId: string, input: PushSubscriptionInput, now: Date): Promise<{ subscription: PushSubscription; created: boolean }>;
  countActive(manager: EntityManager, customerId: string): Promise<number>;
  activeIds(manager: EntityManager, customerId: string): Promise<string[]>;
  list(customerId: string): Promise<Array<PushSubscription & { goneAt: Date | null }>>;
  find(id: string): Promise<(PushSubscription & { goneAt: Date | null }) | undefined>;
  remove(customerId: string, id: string): Promise<boolean>;
  markGone(id: string, at: Date): Promise<void>;
}

const ENDPOINT = 'push_subscription.endpoint';
const KEYS = 'push_subscription.keys';

@Injectable()
export class TypeOrmPushSubscriptions implements PushSubscriptions {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly cipher: FieldCipher,
  ) {}

  async save(manager: EntityManager, customerId: string, input: PushSubscriptionInput, now: Date): Promise<{ subscription: PushSubscription; created: boolean }> {
    const rows = (await manager.query(
      `INSERT INTO push_subscription (id, customer_id, endpoint, endpoint_hash, keys, created_at) VALUES ($1, $2, $3, $4, $5, $6)
       ON CONFLICT (customer_id, endpoint_hash) DO UPDATE SET keys = EXCLUDED.keys, gone_at = NULL
       RETURNING id, created_at, (xmax = 0) AS created`,
      [randomUUID(), customerId, this.cipher.seal(input.endpoint, ENDPOINT), this.cipher.lookup(input.endpoint), sealJson(this.cipher, input.keys, KEYS), now],
    )) as Array<{ id: string; created_at: Date; created: boolean }>;
    const [row] = rows;
    return { subscription: { id: row.id, customerId, endpoint: input.endpoint, keys: input.keys, createdAt: row.created_at }, created: row.created };
  }

  countActive(manager: EntityManager, customerId: string): Promise<number> {
    return manager.getRepository(PushSubscriptionRow).countBy({ customerId, goneAt: IsNull() });
  }

  async activeIds(manager: EntityManager, customerId: string): Promise<string[]> {
    const rows = await manager.getRepository(PushSubscriptionRow).find({ select: { id: true }, where: { customerId, goneAt: IsNull() }, order: { createdAt: 'ASC' } });
    return rows.map((r) => r.id);
  }

  async list(customerId: string): Promise<Array<PushSubscription & { goneAt: Date | null }>> {
    const rows = await this.dataSource.getRepository(PushSubscriptionRow).find({ where: { customerId }, order: { createdAt: 'ASC' } });
    return rows.map((row) => this.opened(row));
  }

  async find(id: string): Promise<(PushSubscription & { goneAt: Date | null }) | undefined> {
    const row = await this.dataSource.getRepository(PushSubscriptionRow).findOneBy({ id });
    return row ? this.opened(row) : undefined;
  }

  async remove(customerId: string, id: string): Promise<boolean> {
    return ((await this.dataSource.getRepository(PushSubscriptionRow).delete({ id, customerId })).affected ?? 0) > 0;
  }

  async markGone(id: string, at: Date): Promise<void> {
    await this.dataSource.getRepository(PushSubscriptionRow).update({ id, goneAt: IsNull() }, { goneAt: at });
  }

  private opened(row: PushSubscriptionRow): PushSubscription & { goneAt: Date | null } {
    const { id, customerId, createdAt, goneAt } = row;
    return { id, customerId, createdAt, goneAt, endpoint: this.cipher.open(row.endpoint, ENDPOINT), keys: openJson(this.cipher, row.keys, KEYS) };
  }
}
