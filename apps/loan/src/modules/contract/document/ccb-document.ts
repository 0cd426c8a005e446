import { sha256Hex } from '@consignado/core';
import type { ContractProps } from '../domain/contract';
import { ccbContent } from '../domain/ccb/ccb-content';
import { renderCcbPdf } from './ccb-pdf';

/** A CCB as stored and served: the exact PDF bytes, their SHA-256 (lowercase hex) and the issue time. */
export interface CcbDocument {
  readonly contractId: string;
  readonly bytes: Buffer;
  readonly sha256: string;
  readonly issuedAt: Date;
}

/**
 * Draws up the CCB of a contract AWAITING_ACCEPTANCE (R-LN-9): its content from the domain
 * (masked CPF only), rendered to a deterministic PDF, hashed.
 */
export async function drawUpCcb(contract: ContractProps, cpf: string, issuedAt: Date): Promise<CcbDocument> {
  const bytes = Buffer.from(await renderCcbPdf(ccbContent(contract, cpf, issuedAt), issuedAt));
  return { contractId: contract.id, bytes, sha256: sha256Hex(bytes), issuedAt };
}
