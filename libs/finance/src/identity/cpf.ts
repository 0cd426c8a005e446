import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';

const SHAPE = /^(\d{11}|\d{3}\.\d{3}\.\d{3}-\d{2})$/;

/** Check digit of the first `length` digits (weights length+1 … 2, mod 11; 10 → 0). */
function checkDigit(digits: readonly number[], length: number): number {
  let sum = 0;
  for (let k = 0; k < length; k++) sum += digits[k] * (length + 1 - k);
  const rest = (sum * 10) % 11;
  return rest === 10 ? 0 : rest;
}

/**
 * A Brazilian taxpayer id (CPF): 11 digits as text (leading zeros kept), with valid check digits.
 * Accepts "12345678909" or "123.456.789-09"; rejects other punctuation and all-equal digits
 * ("111.111.111-11" passes the arithmetic but is not issued).
 */
export class Cpf {
  private constructor(private readonly digits: string) {}

  static parse(input: unknown): Result<Cpf> {
    const invalid = err(new FinanceError('INVALID_CPF', 'CPF inválido.', 'cpf'));
    if (typeof input !== 'string' || !SHAPE.test(input)) return invalid;
    const digits = input.replace(/\D/g, '');
    if (/^(\d)\1{10}$/.test(digits)) return invalid;
    const d = [...digits].map(Number);
    if (checkDigit(d, 9) !== d[9] || checkDigit(d, 10) !== d[10]) return invalid;
    return ok(new Cpf(digits));
  }

  static of(input: string): Cpf {
    const parsed = Cpf.parse(input);
    if (!parsed.ok) throw parsed.error;
    return parsed.value;
  }

  /** "123.456.789-09". */
  formatted(): string {
    const s = this.digits;
    return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
  }

  /** For logs (LGPD): "***.456.789-**". */
  mask(): string {
    const s = this.digits;
    return `***.${s.slice(3, 6)}.${s.slice(6, 9)}-**`;
  }

  equals(other: Cpf): boolean {
    return this.digits === other.digits;
  }

  /** The 11 digits. */
  toString(): string {
    return this.digits;
  }

  toJSON(): string {
    return this.digits;
  }
}
