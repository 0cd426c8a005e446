import { DomainError } from '@consignado/core';

/**
 * Codes no retry can fix (the request contradicts itself or a claim already filed): dead-lettered
 * at once for an operator (the consumer's permanentErrorCodes).
 */
export const PERMANENT_INSURANCE_ERROR_CODES = ['INSURANCE.INVALID_REQUEST', 'INSURANCE.CLAIM_CONFLICT'] as const;

export const invalidRequest = (claimId: string, why: string): DomainError => new DomainError('INSURANCE.INVALID_REQUEST', `Pedido de sinistro ${claimId} inválido: ${why}`);

export const claimConflict = (claimId: string): DomainError =>
  new DomainError('INSURANCE.CLAIM_CONFLICT', `O sinistro ${claimId} já foi pedido com outros dados (contrato, apólice, data ou valor); o primeiro pedido vale.`);

const REASON = /^[A-Z][A-Z0-9_]{1,63}$/;

/**
 * The reason reported when the insurer refuses to take a claim: its code without the `INSURER.`
 * prefix, dots as underscores (INSURER.POLICY_ALREADY_CLAIMED → POLICY_ALREADY_CLAIMED).
 */
export function refusalReason(code: string): string {
  const reason = code.replace(/^INSURER\./, '').replace(/[^A-Z0-9_]/g, '_');
  return REASON.test(reason) ? reason : 'FILING_REFUSED';
}
