import type { ContractPositionChangedPayload } from '@consignado/contracts';
import type { FieldCipher } from '@consignado/core';
import { projectContract } from '../domain/project-contract';
import type { ProjectedContract } from '../domain/projected-contract';
import type { ContractPositionRow } from './contract-position.orm-entity';

/** The payload's only personal field (LGPD, R-SEC-3), sealed in place so the rest stays readable jsonb. */
export const POSITION_SEALED = { benefitNumber: 'contract_position.payload.benefitNumber' } as const;

/** The payload as stored: the benefit number sealed. */
export function toStoredPayload(cipher: FieldCipher, payload: ContractPositionChangedPayload): ContractPositionChangedPayload {
  return payload.benefitNumber === undefined ? payload : { ...payload, benefitNumber: cipher.seal(payload.benefitNumber, POSITION_SEALED.benefitNumber) };
}

/** The payload as received: the benefit number opened. */
export function toReceivedPayload(cipher: FieldCipher, stored: ContractPositionChangedPayload): ContractPositionChangedPayload {
  return stored.benefitNumber === undefined ? stored : { ...stored, benefitNumber: cipher.open(stored.benefitNumber, POSITION_SEALED.benefitNumber) };
}

/** Row → projected contract: the stored payload opened and read again (it was checked before it was stored). */
export const toProjected = (cipher: FieldCipher, row: ContractPositionRow): ProjectedContract => projectContract(toReceivedPayload(cipher, row.payload));
