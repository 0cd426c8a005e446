import type { DataSource } from 'typeorm';
import { PgListener } from '@consignado/messaging';
import { messagingLogger } from './messaging-logger';

/** A LISTEN on `channel` over the service's own database, logging through Nest (see PgListener). */
export function pgListener(dataSource: DataSource, channel: string, onNotify: (payload: string) => void, context: string): PgListener {
  return new PgListener(dataSource, channel, onNotify, messagingLogger(context));
}

export type { PgListener };
