import { Logger } from '@nestjs/common';
import { type Channel, maskedAddress } from '../domain/delivery';
import type { DeliveryAdapter, OutgoingMessage } from './delivery-adapter';

/**
 * SMS and push until a provider is contracted: the delivery is recorded as sent and logged with
 * its channel, notification id and a masked address only (never the text, which may be personal).
 */
export class LoggingDeliveryAdapter implements DeliveryAdapter {
  private readonly logger: Logger;

  constructor(readonly channel: Extract<Channel, 'SMS' | 'PUSH'>) {
    this.logger = new Logger(`${channel}Adapter`);
  }

  async send(message: OutgoingMessage, address: string): Promise<void> {
    this.logger.log('notification delivered', { channel: this.channel, notificationId: message.notificationId, to: maskedAddress({ channel: this.channel, address }) });
  }
}
