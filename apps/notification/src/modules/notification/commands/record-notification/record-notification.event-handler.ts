import { Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { renderContractAmended, renderContractSettled } from '../../domain/life-cycle-templates';
import { renderInstallmentDue, renderPaymentReceived } from '../../domain/servicing-templates';
import { renderContractActivated, renderContractCancelled, renderCreditRejected, renderProposalCancelled } from '../../domain/templates';
import { RecordNotificationHandler } from './record-notification.handler';

/**
 * Customer-facing events → one pt-BR notification each (the idempotent consumer runs each eventId
 * once), or none when the template withholds it (the insurer's payment and settlement after a
 * death). A payload that cannot render throws NOTIFICATION.INVALID_EVENT and is dead-lettered.
 */
@Injectable()
export class RecordNotificationEventHandler {
  constructor(private readonly record: RecordNotificationHandler) {}

  @HandlesEvent('CreditRejected')
  async onCreditRejected(event: EventEnvelope<'CreditRejected'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderCreditRejected(event));
  }

  @HandlesEvent('ContractActivated')
  async onContractActivated(event: EventEnvelope<'ContractActivated'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderContractActivated(event));
  }

  @HandlesEvent('ProposalCancelled')
  async onProposalCancelled(event: EventEnvelope<'ProposalCancelled'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderProposalCancelled(event));
  }

  @HandlesEvent('ContractCancelled')
  async onContractCancelled(event: EventEnvelope<'ContractCancelled'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderContractCancelled(event));
  }

  @HandlesEvent('InstallmentDue')
  async onInstallmentDue(event: EventEnvelope<'InstallmentDue'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderInstallmentDue(event));
  }

  @HandlesEvent('PaymentReceived')
  async onPaymentReceived(event: EventEnvelope<'PaymentReceived'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderPaymentReceived(event));
  }

  @HandlesEvent('ContractSettled')
  async onContractSettled(event: EventEnvelope<'ContractSettled'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderContractSettled(event));
  }

  @HandlesEvent('ContractAmended')
  async onContractAmended(event: EventEnvelope<'ContractAmended'>, ctx: EventContext): Promise<void> {
    await this.record.execute(ctx.manager, event.payload.customerId, event, renderContractAmended(event));
  }
}
