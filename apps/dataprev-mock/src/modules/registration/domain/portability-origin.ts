import { fail, ok, type Result } from '@consignado/core';
import { DataprevError } from '../../beneficiary/domain/dataprev-error';

/** The contract a portability brings in from another bank (R-LN-7): where it was and its number there. */
export interface PortabilityOrigin {
  /** ISPB of the origin institution (8 digits). */
  readonly institutionIspb: string;
  readonly contractNumber: string;
}

const ISPB = /^\d{8}$/;
const CONTRACT_NUMBER_MAX = 64;

const invalid = (message: string) => new DataprevError('DATAPREV.INVALID_PORTABILITY_ORIGIN', message);

/**
 * The origin a registration names: required for a portability (the deduction it moves is
 * identified by it), refused for the other operations, which bring nothing in.
 */
export function portabilityOrigin(isPortability: boolean, ispb?: string, contractNumber?: string): Result<PortabilityOrigin | undefined, DataprevError> {
  if (!isPortability) {
    return ispb === undefined && contractNumber === undefined ? ok(undefined) : fail(invalid('instituicaoOrigemIspb e contratoOrigem só se aplicam a PORTABILIDADE.'));
  }
  const contract = contractNumber?.trim();
  if (!ispb || !ISPB.test(ispb) || !contract || contract.length > CONTRACT_NUMBER_MAX) {
    return fail(invalid(`Portabilidade: informe instituicaoOrigemIspb (8 dígitos) e contratoOrigem (até ${CONTRACT_NUMBER_MAX} caracteres).`));
  }
  return ok({ institutionIspb: ispb, contractNumber: contract });
}
