import { createECDH, randomBytes, randomUUID, type ECDH } from 'node:crypto';

/** A subscription as the browser behind the push service holds it, private keys included. */
export interface PushSubscription {
  id: string;
  /** Where the application server posts; its origin is the audience VAPID tokens must name. */
  endpoint: string;
  /** What the browser would hand the application server (PushSubscription.toJSON().keys). */
  keys: { p256dh: string; auth: string };
  /** The P-256 key pair the payload is encrypted to (RFC 8291 §2). */
  ecdh: ECDH;
  authSecret: Buffer;
  /** The VAPID key of the first accepted push; later pushes must be signed by it too (RFC 8292 §4). */
  vapidKey?: string;
}

/** The subscriptions the sink's "browser" has made, in memory. */
export class PushSubscriptions {
  private readonly byId = new Map<string, PushSubscription>();

  /** A new subscription whose endpoint is `/push/<id>` on `origin` (e.g. `http://127.0.0.1:3091`). */
  create(origin: string): PushSubscription {
    const id = randomUUID();
    const ecdh = createECDH('prime256v1');
    ecdh.generateKeys();
    const authSecret = randomBytes(16);
    const keys = { p256dh: ecdh.getPublicKey().toString('base64url'), auth: authSecret.toString('base64url') };
    const subscription = { id, endpoint: new URL(`/push/${id}`, origin).href, keys, ecdh, authSecret };
    this.byId.set(id, subscription);
    return subscription;
  }

  find(id: string): PushSubscription | undefined {
    return this.byId.get(id);
  }

  /** True when there was such a subscription. */
  remove(id: string): boolean {
    return this.byId.delete(id);
  }
}
