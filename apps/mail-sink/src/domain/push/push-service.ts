import { FailNext } from '../fail-next';
import { Inbox, type Received } from '../inbox';
import { decryptPush } from './push-decrypt';
import type { PushErrorCode, PushRefusal } from './push-errors';
import { deliveryOptions, type PushHeaders, type Urgency } from './push-request';
import { PushSubscriptions } from './push-subscriptions';
import { verifyVapid } from './vapid';

/** A push message as the browser received it, payload decrypted. */
export interface PushMessage extends Received {
  subscriptionId: string;
  payload: string;
  urgency: Urgency;
  ttl: number;
}

export interface PushRequest {
  subscriptionId: string;
  headers: PushHeaders;
  /** The body, or undefined when it was longer than MAX_PUSH_BODY. */
  body: Buffer | undefined;
}

const refused = (code: PushErrorCode, detail?: string): PushRefusal => ({ ok: false, code, detail });

/** The push service (RFC 8030) and the browser behind it: subscriptions, delivery, what arrived. */
export class PushService {
  readonly subscriptions = new PushSubscriptions();
  readonly messages = new Inbox<PushMessage>();
  readonly failNext = new FailNext();

  /** Checks a push to a subscription the way a push service and a browser would, and keeps it. */
  deliver(request: PushRequest, now: Date = new Date()): { ok: true; message: PushMessage } | PushRefusal {
    const injected = this.failNext.take();
    if (injected !== undefined) return { ok: false, code: 'PUSH.INJECTED_FAILURE', status: injected };
    const subscription = this.subscriptions.find(request.subscriptionId);
    if (!subscription) return refused('PUSH.SUBSCRIPTION_GONE');
    if (!request.body) return refused('PUSH.PAYLOAD_TOO_LARGE');
    const vapid = verifyVapid(request.headers.authorization, new URL(subscription.endpoint).origin, now);
    if (!vapid.ok) return refused('PUSH.VAPID_INVALID', vapid.reason);
    if (subscription.vapidKey && subscription.vapidKey !== vapid.key) return refused('PUSH.VAPID_KEY_MISMATCH');
    const options = deliveryOptions(request.headers, request.body.length > 0);
    if ('code' in options) return refused(options.code);
    const payload = request.body.length === 0 ? Buffer.alloc(0) : decryptPush(request.body, subscription);
    if (!payload) return refused('PUSH.UNDECRYPTABLE');
    subscription.vapidKey ??= vapid.key;
    return { ok: true, message: this.messages.add({ subscriptionId: subscription.id, payload: payload.toString('utf8'), ...options }, now) };
  }
}
