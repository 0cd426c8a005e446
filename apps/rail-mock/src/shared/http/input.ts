import { fieldError } from '@consignado/core';
import { Money } from '@consignado/finance';

/* Parsing at the rail's edges: the DTOs check shapes, these the meaning (RAIL.INVALID_* → 400). */

export { MONEY_INPUT } from '@consignado/service-kit';
/** A CPF as the SPI carries it: 11 digits. */
export const CPF_INPUT = /^[0-9]{11}$/;
/** An ISPB: 8 digits. */
export const ISPB_INPUT = /^[0-9]{8}$/;

export function parseAmount(input: string, field: string): Money {
  const parsed = Money.parsePositive(input, field);
  if (parsed.ok) return parsed.value;
  throw fieldError('RAIL.INVALID_AMOUNT', field, parsed.error.message);
}

/** Our transfer id from a path: a UUID, lower-cased (the key the transfer is stored under). */
export function parseTransferId(input: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(input)) return input.toLowerCase();
  throw fieldError('RAIL.INVALID_TRANSFER_ID', 'transferId', 'Identificador da transferência inválido: informe o UUID enviado no envio.');
}
