import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { EventPublisher } from '@consignado/eventing';
import { type CommandOutcome, type IdempotencyClaim, IdempotentCommands, PersonalDataNotFoundError } from '@consignado/service-kit';
import { Clock } from '../../../../shared/clock';
import { ErasureIdempotencyConflictError } from '../../domain/data-subject.errors';
import { ErasureRequest, type ErasureOrigin } from '../../domain/erasure-request';
import { erasureRequestCodec } from '../../database/erasure-request.mapper';
import { ErasureRequests } from '../../database/erasure-request.repository';
import { subjectStanding } from '../../database/subject-standing.query';

export interface RequestErasure {
  readonly customerId: string;
  readonly origin: ErasureOrigin;
  /** The customer, the officer or the system asking. */
  readonly requestedBy: string;
  readonly channel: 'DIGITAL' | 'INTERNAL';
  readonly idempotencyKey?: string;
}

/**
 * Opens a data-subject erasure (R-SEC-3): refused while a proposal is in progress; a customer's
 * pending request is answered again rather than doubled. DataSubjectErasureRequested goes to loan
 * in the same transaction; loan's decision closes it.
 */
@Injectable()
export class RequestErasureHandler {
  private readonly logger = new Logger('RequestErasure');

  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(ErasureRequests) private readonly requests: ErasureRequests,
    @Inject(EventPublisher) private readonly publisher: EventPublisher,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  async execute(command: RequestErasure): Promise<CommandOutcome<ErasureRequest>> {
    const outcome = await this.commands.run(claimOf(command), (manager) => this.open(manager, command), erasureRequestCodec);
    if (!outcome.replayed) this.logger.log({ requestId: outcome.result.props.id, customerId: command.customerId, origin: command.origin, state: outcome.result.props.state });
    return outcome;
  }

  /** In the caller's transaction (the retention job opens many). */
  async open(manager: EntityManager, command: RequestErasure): Promise<ErasureRequest> {
    const standing = await subjectStanding(manager, command.customerId);
    if (!standing) throw new PersonalDataNotFoundError();
    const pending = await this.requests.pendingOf(manager, command.customerId);
    if (pending) return pending;
    const { request, event } = ErasureRequest.open({ id: randomUUID(), customerId: command.customerId, origin: command.origin, requestedBy: command.requestedBy, requestedAt: this.clock.now() }, standing);
    await this.requests.insert(manager, request);
    await this.publisher.publish(manager, 'DataSubjectErasureRequested', { payload: event, metadata: { correlationId: randomUUID(), userId: command.requestedBy, channel: command.channel } });
    return request;
  }
}

function claimOf(command: RequestErasure): IdempotencyClaim | undefined {
  if (!command.idempotencyKey) return undefined;
  return { scope: `erasure-request:${command.channel}:${command.requestedBy}`, key: command.idempotencyKey, content: { customerId: command.customerId }, conflict: () => new ErasureIdempotencyConflictError() };
}
