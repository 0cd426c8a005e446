import { Inject, Injectable } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { type EventContext, HandlesEvent } from '@consignado/eventing';
import { ApplyProposalEventHandler } from './apply-proposal-event.handler';

/** The events proposal follows (`eventsConsumedBy('proposal')`), each handed to the one use case. */
@Injectable()
export class ProposalEventsConsumer {
  constructor(@Inject(ApplyProposalEventHandler) private readonly apply: ApplyProposalEventHandler) {}

  @HandlesEvent('MarginChecked')
  onMarginChecked(event: EventEnvelope<'MarginChecked'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('CreditApproved')
  onCreditApproved(event: EventEnvelope<'CreditApproved'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('CreditRejected')
  onCreditRejected(event: EventEnvelope<'CreditRejected'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('ContractIssued')
  onContractIssued(event: EventEnvelope<'ContractIssued'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('AverbationRequested')
  onAverbationRequested(event: EventEnvelope<'AverbationRequested'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('AverbationFailed')
  onAverbationFailed(event: EventEnvelope<'AverbationFailed'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('ContractActivated')
  onContractActivated(event: EventEnvelope<'ContractActivated'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('ContractCancelled')
  onContractCancelled(event: EventEnvelope<'ContractCancelled'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('PortabilityBalanceReceived')
  onPortabilityBalanceReceived(event: EventEnvelope<'PortabilityBalanceReceived'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('PortabilityRequestFailed')
  onPortabilityRequestFailed(event: EventEnvelope<'PortabilityRequestFailed'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('PortabilityTransferRequested')
  onPortabilityTransferRequested(event: EventEnvelope<'PortabilityTransferRequested'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('PortabilityTransferCompleted')
  onPortabilityTransferCompleted(event: EventEnvelope<'PortabilityTransferCompleted'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }

  @HandlesEvent('PortabilityTransferFailed')
  onPortabilityTransferFailed(event: EventEnvelope<'PortabilityTransferFailed'>, ctx: EventContext): Promise<void> {
    return this.apply.execute(ctx.manager, event, ctx.attempt);
  }
}
