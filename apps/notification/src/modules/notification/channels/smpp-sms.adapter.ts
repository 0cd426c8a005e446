import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { NotificationConfig } from '../../../config';
import { msisdnOf, smsTextOf, SmsRefusedError } from '../domain/sms';
import type { DeliveryAdapter, OutgoingMessage } from './delivery-adapter';
import { SmppConnection } from './smpp-session';

/** TON/NPI of SMPP v3.4 §5.2.5–6: an alphanumeric sender name, an international ISDN number. */
const ALPHANUMERIC = 5;
const INTERNATIONAL = 1;
const ISDN = 1;

/**
 * SMS over SMPP v3.4 to the configured SMSC (the local sink by default): the text goes whole in
 * `message_payload` (the smpp package picks GSM, Latin-1 or UCS-2 for it), and the delivery
 * counts as sent only when the SMSC answers submit_sm with ESME_ROK.
 */
@Injectable()
export class SmppSmsAdapter implements DeliveryAdapter, OnApplicationShutdown {
  readonly channel = 'SMS' as const;
  private readonly smsc: SmppConnection;

  constructor(private readonly config: NotificationConfig) {
    this.smsc = new SmppConnection({ url: config.SMPP_URL, systemId: config.SMPP_SYSTEM_ID, password: config.SMPP_PASSWORD, timeoutMs: config.SMS_TIMEOUT_MS });
  }

  async send(message: OutgoingMessage, address: string): Promise<void> {
    const answer = await this.smsc.submit({
      source_addr_ton: ALPHANUMERIC, source_addr_npi: 0, source_addr: this.config.SMS_SENDER,
      dest_addr_ton: INTERNATIONAL, dest_addr_npi: ISDN, destination_addr: msisdnOf(address),
      message_payload: smsTextOf(message),
    });
    if (answer.command_status !== 0) throw new SmsRefusedError(answer.command_status);
  }

  /** After the delivery worker drained (beforeApplicationShutdown). */
  async onApplicationShutdown(): Promise<void> {
    await this.smsc.close();
  }
}
