import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';

const SHAPE = /^(\d{10}|\d{3}\.\d{3}\.\d{3}-\d)$/;

/**
 * An INSS benefit number (NB): 10 digits as text, leading zeros kept; "1234567890" or
 * "123.456.789-0". Its check digit is Dataprev's to validate, not ours.
 */
export class InssBenefitNumber {
  private constructor(private readonly digits: string) {}

  static parse(input: unknown): Result<InssBenefitNumber> {
    if (typeof input !== 'string' || !SHAPE.test(input)) {
      return err(new FinanceError('INVALID_BENEFIT_NUMBER', 'Número de benefício inválido: informe os 10 dígitos.', 'benefitNumber'));
    }
    return ok(new InssBenefitNumber(input.replace(/\D/g, '')));
  }

  static of(input: string): InssBenefitNumber {
    const parsed = InssBenefitNumber.parse(input);
    if (!parsed.ok) throw parsed.error;
    return parsed.value;
  }

  /** "123.456.789-0". */
  formatted(): string {
    const s = this.digits;
    return `${s.slice(0, 3)}.${s.slice(3, 6)}.${s.slice(6, 9)}-${s.slice(9)}`;
  }

  /** For logs: "***.456.789-*". */
  mask(): string {
    const s = this.digits;
    return `***.${s.slice(3, 6)}.${s.slice(6, 9)}-*`;
  }

  equals(other: InssBenefitNumber): boolean {
    return this.digits === other.digits;
  }

  toString(): string {
    return this.digits;
  }

  toJSON(): string {
    return this.digits;
  }
}
