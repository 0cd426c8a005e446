import type { EventEnvelope } from '@consignado/contracts';
import type { DeadLetterRecord } from '@consignado/messaging';
import { dlqTopicOf, EventTap, publishEvent, type Published } from '@consignado/testing';

export const dlqOf = (namespace: string, service: 'loan' | 'payment'): string => dlqTopicOf(namespace, service);
export { EventTap as Tap, publishEvent as publish, type Published };


export type DeadLetter = DeadLetterRecord;
export type AnyEnvelope = EventEnvelope;
