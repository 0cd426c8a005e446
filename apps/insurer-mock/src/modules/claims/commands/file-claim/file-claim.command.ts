import { parseAmount, parseDate } from '../../../../shared/http/input';
import type { ClaimRequest } from '../../domain/claim-state';
import type { FileClaimRequest } from './file-claim.request';

/** The body's values in the domain's types (ids lower-cased: the claim is found by them). */
export function toClaimRequest(body: FileClaimRequest): ClaimRequest {
  return {
    claimId: body.claimId.toLowerCase(),
    contractId: body.contractId.toLowerCase(),
    policyNumber: body.policyNumber,
    cause: body.cause,
    coverageDate: parseDate(body.coverageDate, 'coverageDate'),
    coverageAmount: parseAmount(body.coverageAmount, 'coverageAmount'),
  };
}
