import { mayActFor, type Principal } from '@consignado/auth';
import { DomainError } from '@consignado/core';
import type { AlterationRepository } from '../../database/alteration.repository';
import type { AlterationRow } from '../../database/alteration.orm-entity';
import type { AverbationRepository } from '../../database/averbation.repository';
import type { AverbationRow } from '../../database/averbation.orm-entity';

export const averbationNotFound = (): DomainError => new DomainError('AVERBATION.NOT_FOUND', 'Averbação não encontrada para este contrato.');

/**
 * A contract's averbation and its latest plan change, for a caller (R-SEC-1): the customer the
 * AverbationRequested named reads it, and so does the back office; another customer's answers the
 * same 404 AVERBATION.NOT_FOUND as a missing one, so contract ids cannot be probed.
 */
export async function averbationFor(
  repositories: { averbations: Pick<AverbationRepository, 'findRow'>; alterations: Pick<AlterationRepository, 'findRow'> },
  contractId: string,
  caller: Principal,
): Promise<{ averbation: AverbationRow; alteration?: AlterationRow }> {
  const averbation = await repositories.averbations.findRow(contractId);
  if (!averbation || !mayActFor(caller, averbation.request.payload.customerId)) throw averbationNotFound();
  return { averbation, alteration: await repositories.alterations.findRow(contractId) };
}
