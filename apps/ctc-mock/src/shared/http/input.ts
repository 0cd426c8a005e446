import { fieldError } from '@consignado/core';
import { Cpf, dec, type Decimal, IsoDate, Money, MonthlyRate } from '@consignado/finance';
import { IDEMPOTENCY_KEY } from '@consignado/service-kit';
import { PortabilityNumber } from '../../modules/portability/domain/portability-number';

/* Parsing at the exchange's edges: the DTOs check shapes, these the meaning (CTC.INVALID_* → 400). */

export { DATE_INPUT, MONEY_INPUT } from '@consignado/service-kit';
export const ISPB_INPUT = /^\d{8}$/;
/** A contract number at the origin: letters, digits and . / - (no spaces), up to 40 characters. */
export const CONTRACT_NUMBER_INPUT = /^[A-Za-z0-9./-]{1,40}$/;
export const RATE_INPUT = /^\d{1,3}(\.\d{1,10})?$/;

const unwrap = <T>(parsed: { ok: true; value: T } | { ok: false; error: { message: string } }, code: string, field: string): T => {
  if (parsed.ok) return parsed.value;
  throw fieldError(code, field, parsed.error.message);
};

export const parseAmount = (input: string, field: string): Money => unwrap(Money.parsePositive(input, field), 'CTC.INVALID_AMOUNT', field);
export const parseRate = (input: string, field: string): MonthlyRate => unwrap(MonthlyRate.parse(input, field), 'CTC.INVALID_RATE', field);
export const parseDate = (input: string, field: string): IsoDate => unwrap(IsoDate.parse(input, field), 'CTC.INVALID_DATE', field);
export const parseCpf = (input: string): Cpf => unwrap(Cpf.parse(input), 'CTC.INVALID_CPF', 'cpf');
export const parseNu = (input: string): string => unwrap(PortabilityNumber.parse(input), 'CTC.INVALID_NU', 'nu').toString();

/** An annual rate as a fraction ("0.2107"); the DTO checked its shape. */
export const parseAnnualRate = (input: string): Decimal => dec(input);

/** The Idempotency-Key header, required on creation. */
export function idempotencyKeyOf(header: string | undefined): string {
  if (header !== undefined && IDEMPOTENCY_KEY.test(header)) return header;
  throw fieldError('CTC.INVALID_IDEMPOTENCY_KEY', 'Idempotency-Key', 'Informe o cabeçalho Idempotency-Key com 1 a 128 caracteres visíveis.');
}
