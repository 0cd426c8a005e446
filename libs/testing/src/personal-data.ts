import { mapPersonalData } from '@consignado/contracts';
import { DEV_PII_KEY_RING, FieldCipher } from '@consignado/core';

const cipher = new FieldCipher(DEV_PII_KEY_RING);

/**
 * An envelope read off Kafka with its sealed personal data opened (the development key ring the
 * services under test use), so a test can compare the CPF it sent with the one that travelled.
 */
export function opened<E extends { eventType: string; payload: unknown }>(envelope: E): E {
  return { ...envelope, payload: mapPersonalData(envelope.eventType, envelope.payload, (v, field) => (FieldCipher.isSealed(v) ? cipher.open(v, field) : v)) };
}
