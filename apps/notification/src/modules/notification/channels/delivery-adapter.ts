import type { Channel } from '../domain/delivery';

/** What goes out on any channel. */
export interface OutgoingMessage {
  notificationId: string;
  subject: string;
  body: string;
}

/**
 * Port: one delivery channel. `send` resolves once the provider accepted the message and rejects
 * on any failure (the delivery is then retried with backoff). Implementations never log the
 * address in clear.
 */
export interface DeliveryAdapter {
  readonly channel: Channel;
  send(message: OutgoingMessage, address: string): Promise<void>;
}

/** Every adapter, one per channel. */
export const DELIVERY_ADAPTERS = Symbol('DELIVERY_ADAPTERS');
