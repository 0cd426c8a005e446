import type { EventEnvelope } from '@consignado/contracts';
import { DomainError } from '@consignado/core';

/** Codes no retry can fix (the activation contradicts itself or the deduction held): dead-lettered at once. */
export const PERMANENT_AVERBATION_ERROR_CODES = ['AVERBATION.RENEGOTIATION_INVALID'] as const;

export const invalidRenegotiation = (contractId: string, why: string): DomainError =>
  new DomainError('AVERBATION.RENEGOTIATION_INVALID', `Renegociação do contrato ${contractId} inválida: ${why}`);

/** A RENEGOTIATION contract's activation that may move a deduction: the late contract it replaces and its Dataprev protocol. */
export interface Renegotiation {
  readonly contractId: string;
  readonly renegotiatedContractId: string;
  /** The replaced contract's protocol as loan knows it; absent: loan knows of no deduction (servant, no averbation). */
  readonly protocol?: string;
}

/**
 * Which activations concern a deduction here (R-LN-8): a RENEGOTIATION of a consignado contract.
 * Every other activation (NEW, REFINANCING, PORTABILITY — registered by their own AverbationRequested)
 * and a personal loan's workout are none of the connector's business: undefined.
 * @throws DomainError AVERBATION.RENEGOTIATION_INVALID when the activation contradicts itself.
 */
export function renegotiationOf(event: EventEnvelope<'ContractActivated'>): Renegotiation | undefined {
  const p = event.payload;
  const origin = p.renegotiation;
  if (p.operationType !== 'RENEGOTIATION' && !origin) return undefined;
  if (!origin) throw invalidRenegotiation(p.contractId, 'operação RENEGOTIATION sem a origem (renegotiation).');
  if (p.operationType !== 'RENEGOTIATION') throw invalidRenegotiation(p.contractId, `origem de renegociação em uma operação ${p.operationType}.`);
  if (origin.renegotiatedContractId === p.contractId) throw invalidRenegotiation(p.contractId, 'o contrato renegociado é o próprio contrato novo.');
  if (origin.terms.installmentAmount !== p.installmentAmount || origin.terms.termMonths !== p.termMonths) {
    throw invalidRenegotiation(p.contractId, `o acordo (${origin.terms.termMonths} × ${origin.terms.installmentAmount}) difere do contrato (${p.termMonths} × ${p.installmentAmount}).`);
  }
  if (p.product === 'PERSONAL') return undefined;
  return { contractId: p.contractId, renegotiatedContractId: origin.renegotiatedContractId, ...(p.averbationProtocol ? { protocol: p.averbationProtocol } : {}) };
}
