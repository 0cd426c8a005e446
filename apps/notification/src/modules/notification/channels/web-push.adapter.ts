import { Inject, Injectable } from '@nestjs/common';
import webPush, { WebPushError } from 'web-push';
import { NotificationConfig } from '../../../config';
import { PUSH_SUBSCRIPTIONS, type PushSubscriptions } from '../../contact/database/push-subscription.repository';
import type { DeliveryAdapter, OutgoingMessage } from './delivery-adapter';
import { PlainHttpAgent } from './plain-http-agent';
import { RecipientGoneError } from './recipient-gone.error';

/** A day: a push not taken by then is no longer news (RFC 8030 TTL). */
const TTL_SECONDS = 86_400;
const plainHttp = new PlainHttpAgent();

/**
 * Web Push (RFC 8030) to one of the customer's devices: the payload encrypted for it (RFC 8291,
 * aes128gcm), signed with our VAPID key (RFC 8292), POSTed to its push service; sent only when that
 * service answers 201. 404/410 mean the device unsubscribed: it is marked gone and the delivery
 * cancelled. Only the allowed push services are ever called, whatever a stored endpoint says.
 */
@Injectable()
export class WebPushAdapter implements DeliveryAdapter {
  readonly channel = 'PUSH' as const;

  constructor(
    private readonly config: NotificationConfig,
    @Inject(PUSH_SUBSCRIPTIONS) private readonly devices: PushSubscriptions,
  ) {}

  async send(message: OutgoingMessage, subscriptionId: string): Promise<void> {
    const device = await this.devices.find(subscriptionId);
    if (!device || device.goneAt) throw new RecipientGoneError('push device removed or gone');
    if (!this.config.pushAllowedOrigins.includes(new URL(device.endpoint).origin)) throw new Error('push service no longer allowed (PUSH_ALLOWED_ORIGINS)');
    const payload = JSON.stringify({ notificationId: message.notificationId, title: message.subject, body: message.body });
    try {
      await webPush.sendNotification({ endpoint: device.endpoint, keys: device.keys }, payload, {
        TTL: TTL_SECONDS,
        urgency: 'normal',
        timeout: this.config.PUSH_TIMEOUT_MS,
        ...(device.endpoint.startsWith('http:') ? { agent: plainHttp } : {}),
        vapidDetails: { subject: this.config.VAPID_SUBJECT, publicKey: this.config.VAPID_PUBLIC_KEY, privateKey: this.config.VAPID_PRIVATE_KEY },
      });
    } catch (error) {
      if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410)) {
        await this.devices.markGone(subscriptionId, new Date());
        throw new RecipientGoneError(`push service answered ${error.statusCode}: device gone`);
      }
      // WebPushError's message carries no address; its status tells the retry why.
      throw error instanceof WebPushError ? new Error(`push service answered ${error.statusCode}`) : error;
    }
  }
}
