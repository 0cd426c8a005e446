import { fieldError } from '@consignado/core';
import { IsoDate, Money } from '@consignado/finance';

/* Parsing at the insurer's edges: the DTOs check shapes, these the meaning (INSURER.INVALID_* → 400). */

export { MONEY_INPUT } from '@consignado/service-kit';
/** An ISO-8601 calendar date (AAAA-MM-DD). */
export const DAY_INPUT = /^\d{4}-\d{2}-\d{2}$/;
/** A policy number as insurers print it: capitals, digits and dashes (the contracts' PolicyNumber). */
export const POLICY_NUMBER_INPUT = /^[0-9A-Z-]{6,32}$/;

const unwrap = <T>(parsed: { ok: true; value: T } | { ok: false; error: { message: string } }, code: string, field: string): T => {
  if (parsed.ok) return parsed.value;
  throw fieldError(code, field, parsed.error.message);
};

export const parseAmount = (input: string, field: string): Money => unwrap(Money.parsePositive(input, field), 'INSURER.INVALID_AMOUNT', field);
export const parseDate = (input: string, field: string): IsoDate => unwrap(IsoDate.parse(input, field), 'INSURER.INVALID_DATE', field);

/** Our claim id from a path: a UUID, lower-cased (the key the claim is stored under). */
export function parseClaimId(input: string): string {
  if (/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(input)) return input.toLowerCase();
  throw fieldError('INSURER.INVALID_CLAIM_ID', 'claimId', 'Identificador do sinistro inválido: informe o UUID enviado na abertura.');
}
