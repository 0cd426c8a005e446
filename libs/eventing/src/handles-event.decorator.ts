import { SetMetadata } from '@nestjs/common';
import type { EventType } from '@consignado/contracts';

export const HANDLES_EVENT = Symbol('HANDLES_EVENT');

/**
 * Marks a provider method as this service's handler of one event type. The method receives
 * `(envelope: EventEnvelope<T>, context: EventContext)` and runs inside the consumer's database
 * transaction (inbox row, its writes and the events it emits commit together, R-EV-5).
 */
export const HandlesEvent = (eventType: EventType): MethodDecorator => SetMetadata(HANDLES_EVENT, eventType);
