import type { EventEnvelope } from '@consignado/contracts';
import type { DeadLetterRecord } from '@consignado/messaging';
import { dlqTopicOf, EventTap, publishEvent, type Published } from '@consignado/testing';

/** A clock the test moves by hand (the app's injectable clock). */
export class TestClock {
  constructor(public current: Date) {}
  now(): Date {
    return this.current;
  }
}

export const dlqOf = (namespace: string, service: 'loan' | 'payment'): string => dlqTopicOf(namespace, service);
export { EventTap as Tap, publishEvent as publish, type Published };


export type DeadLetter = DeadLetterRecord;
export type AnyEnvelope = EventEnvelope;
