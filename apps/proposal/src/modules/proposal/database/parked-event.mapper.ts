import type { EventEnvelope } from '@consignado/contracts';
import type { FieldCipher } from '@consignado/core';
import { openJson, sealJson } from '@consignado/service-kit';
import type { ConsumedEventType } from '../domain/consumed-event';
import { ParkedEventRow } from './parked-event.orm-entity';

/** CreditApproved and AverbationRequested carry the CPF and the benefit number: a parked envelope is sealed whole (R-SEC-3). */
export const PARKED_EVENT_SEALED = { envelope: 'proposal_parked_event.envelope' } as const;

export function toParkedRow(proposalId: string, envelope: EventEnvelope<ConsumedEventType>, now: Date, cipher: FieldCipher): Omit<ParkedEventRow, 'seq'> {
  return { proposalId, eventId: envelope.eventId, eventType: envelope.eventType, envelope: sealJson(cipher, envelope, PARKED_EVENT_SEALED.envelope), parkedAt: now };
}

export function toParkedEnvelope(row: ParkedEventRow, cipher: FieldCipher): EventEnvelope<ConsumedEventType> {
  return openJson<EventEnvelope<ConsumedEventType>>(cipher, row.envelope, PARKED_EVENT_SEALED.envelope);
}
