import { DomainError } from '@consignado/core';

/**
 * Codes no retry can fix (the request contradicts itself or a disbursement already taken):
 * dead-lettered at once for an operator (the consumer's permanentErrorCodes).
 */
export const PERMANENT_DISBURSEMENT_ERROR_CODES = ['DISBURSEMENT.INVALID_REQUEST', 'DISBURSEMENT.CONFLICT'] as const;

export const invalidRequest = (disbursementId: string, why: string): DomainError => new DomainError('DISBURSEMENT.INVALID_REQUEST', `Pedido de liberação ${disbursementId} inválido: ${why}`);

export const disbursementConflict = (disbursementId: string): DomainError =>
  new DomainError('DISBURSEMENT.CONFLICT', `A liberação ${disbursementId} já foi pedida com outros dados (contrato, valor, finalidade ou conta); o primeiro pedido vale.`);

const CODE = /^RAIL\.[A-Z0-9_]{2,63}$/;

/** A rail code for FundsReleaseFailed: RAIL.<REASON> of a rejection, or the rail's refusal (else RAIL.REQUEST_REFUSED). */
export function railCode(codeOrReason: string): string {
  const code = codeOrReason.startsWith('RAIL.') ? codeOrReason : `RAIL.${codeOrReason}`;
  return CODE.test(code) ? code : 'RAIL.REQUEST_REFUSED';
}

export const UNAVAILABLE_MESSAGE = (filings: number): string =>
  `O arranjo de pagamentos falhou em ${filings} tentativas de envio e confirmou não ter recebido a transferência; nenhum valor foi transferido.`;
