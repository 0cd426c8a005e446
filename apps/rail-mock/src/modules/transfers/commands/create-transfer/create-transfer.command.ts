import { fieldError } from '@consignado/core';
import { parseAmount } from '../../../../shared/http/input';
import type { Creditor } from '../../domain/creditor';
import type { TransferRequest } from '../../domain/transfer-state';
import type { CreateTransferRequest, CreditorRequest } from './create-transfer.request';

function creditorOf(c: CreditorRequest): Creditor {
  if (c.kind === 'PIX_KEY') {
    if (c.ispb !== undefined || c.branch !== undefined || c.number !== undefined || c.accountType !== undefined) throw fieldError('RAIL.INVALID_CREDITOR', 'creditor', 'Uma chave PIX não leva agência, conta nem ISPB.');
    return { kind: 'PIX_KEY', pixKey: c.pixKey as string };
  }
  if (c.pixKey !== undefined) throw fieldError('RAIL.INVALID_CREDITOR', 'creditor', 'Uma conta não leva chave PIX.');
  return { kind: 'BANK_ACCOUNT', ispb: c.ispb as string, branch: c.branch as string, number: c.number as string, accountType: c.accountType as 'CACC' };
}

/** The body's values in the domain's types (the id lower-cased: the transfer is found by it). */
export function toTransferRequest(body: CreateTransferRequest): TransferRequest {
  return { transferId: body.transferId.toLowerCase(), amount: parseAmount(body.amount, 'amount'), creditor: creditorOf(body.creditor), creditorCpf: body.creditorCpf, purpose: body.purpose };
}
