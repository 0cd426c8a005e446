import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { notificationFor } from '../../domain/notification';
import { renderContractActivated, renderCreditRejected, renderProposalCancelled } from '../../domain/templates';
import { NOTIFICATION_REPOSITORY, type NotificationRepository } from '../../database/notification.repository';

/** Turns customer-facing events into stored pt-BR notifications, in the consumer's transaction. */
@Injectable()
export class RecordNotificationEventHandler {
  constructor(@Inject(NOTIFICATION_REPOSITORY) private readonly repository: NotificationRepository) {}

  @HandlesEvent('CreditRejected')
  async onCreditRejected(event: EventEnvelope<'CreditRejected'>, ctx: EventContext): Promise<void> {
    await this.repository.add(ctx.manager, notificationFor(event.payload.customerId, event, renderCreditRejected(event)));
  }

  @HandlesEvent('ContractActivated')
  async onContractActivated(event: EventEnvelope<'ContractActivated'>, ctx: EventContext): Promise<void> {
    await this.repository.add(ctx.manager, notificationFor(event.payload.customerId, event, renderContractActivated(event)));
  }

  @HandlesEvent('ProposalCancelled')
  async onProposalCancelled(event: EventEnvelope<'ProposalCancelled'>, ctx: EventContext): Promise<void> {
    await this.repository.add(ctx.manager, notificationFor(event.payload.customerId, event, renderProposalCancelled(event)));
  }
}
