import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { CONTACT_REPOSITORY, type ContactRepository } from '../../database/contact.repository';
import { contactFrom } from '../../domain/customer-contact';

/** CustomerContactChanged → the customer's e-mail and phone for later notifications (latest wins). */
@Injectable()
export class RecordContactEventHandler {
  private readonly logger = new Logger('RecordContact');

  constructor(@Inject(CONTACT_REPOSITORY) private readonly contacts: ContactRepository) {}

  @HandlesEvent('CustomerContactChanged')
  async onContactChanged(event: EventEnvelope<'CustomerContactChanged'>, ctx: EventContext): Promise<void> {
    const kept = await this.contacts.record(ctx.manager, contactFrom(event.payload));
    // Which channels, never the addresses themselves (LGPD).
    const channels = [event.payload.email ? 'EMAIL' : undefined, event.payload.phone ? 'SMS' : undefined].filter(Boolean);
    this.logger.debug(kept ? 'contact recorded' : 'older contact change ignored', { customerId: event.payload.customerId, channels });
  }
}
