import { type DomainError, fail, fieldError, ok, type Result } from '@consignado/core';
import type { IsoDate } from '@consignado/finance';

const SHAPE = /^\d{21}$/;
const MAX_SEQUENCE = 10n ** 12n;

/** Luhn (mod 10) check digit of a string of digits: catches any single wrong digit and most swaps. */
function luhnDigit(payload: string): number {
  let sum = 0;
  for (let k = 0; k < payload.length; k++) {
    const digit = Number(payload[payload.length - 1 - k]);
    const doubled = k % 2 === 0 ? digit * 2 : digit;
    sum += doubled > 9 ? doubled - 9 : doubled;
  }
  return (10 - (sum % 10)) % 10;
}

/**
 * The portability number (NU) the exchange gives a request: 21 digits, the request date
 * (AAAAMMDD), a 12-digit exchange-wide sequence and a Luhn check digit.
 */
export class PortabilityNumber {
  private constructor(private readonly digits: string) {}

  static issue(requestDate: IsoDate, sequence: bigint): PortabilityNumber {
    if (sequence < 1n || sequence >= MAX_SEQUENCE) throw new RangeError(`NU sequence out of range: ${sequence}`);
    const payload = `${requestDate.toString().replace(/-/g, '')}${sequence.toString().padStart(12, '0')}`;
    return new PortabilityNumber(`${payload}${luhnDigit(payload)}`);
  }

  /** A NU from outside (a path): 21 digits with a valid check digit, or CTC.INVALID_NU. */
  static parse(input: unknown): Result<PortabilityNumber, DomainError> {
    if (typeof input === 'string' && SHAPE.test(input) && luhnDigit(input.slice(0, 20)) === Number(input[20])) return ok(new PortabilityNumber(input));
    return fail(fieldError('CTC.INVALID_NU', 'nu', 'Número de portabilidade (NU) inválido: informe os 21 dígitos.'));
  }

  toString(): string {
    return this.digits;
  }
}
