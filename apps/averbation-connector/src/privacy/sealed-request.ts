import { type EventEnvelope, mapPersonalData } from '@consignado/contracts';
import { FieldCipher } from '@consignado/core';

/**
 * A stored request event (the job's cause) at rest (R-SEC-3): the personal fields of its payload
 * (PERSONAL_DATA_FIELDS: the CPF, the benefit number) sealed in place under `<table>.request.<field>`,
 * the rest — ids, amounts, metadata — left readable, so erasure can drop just those fields.
 */
export function sealRequest<E extends EventEnvelope>(cipher: FieldCipher, envelope: E, table: string): E {
  return withPayload(envelope, (value, field) => cipher.seal(value, requestField(table, field)));
}

/** For backfills: seals the fields still in clear, keeps the sealed ones. */
export function sealRequestIfClear<E extends EventEnvelope>(cipher: FieldCipher, envelope: E, table: string): E {
  return withPayload(envelope, (value, field) => (FieldCipher.isSealed(value) ? value : cipher.seal(value, requestField(table, field))));
}

export function openRequest<E extends EventEnvelope>(cipher: FieldCipher, stored: E, table: string): E {
  return withPayload(stored, (value, field) => cipher.open(value, requestField(table, field)));
}

/** SQL: the stored request's personal fields are absent or sealed (the migrations' CHECK). */
export function requestSealedCheck(column = 'request'): string {
  return REQUEST_PERSONAL_FIELDS.map((f) => `(${column} #>> '{payload,${f}}' IS NULL OR ${column} #>> '{payload,${f}}' LIKE 'pii:v1:%')`).join(' AND ');
}

/** The personal fields of the requests the connector keeps (MarginCheckRequested, AverbationRequested). */
export const REQUEST_PERSONAL_FIELDS = ['cpf', 'benefitNumber'] as const;

const requestField = (table: string, field: string): string => `${table}.request.${field}`;

function withPayload<E extends EventEnvelope>(envelope: E, transform: (value: string, field: string) => string): E {
  return { ...envelope, payload: mapPersonalData(envelope.eventType, envelope.payload, transform) } as E;
}
