import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Decimal, ONE, ZERO, dec } from '../decimal/dec';
import { Scaled, toScaled } from '../decimal/scaled';

const FRACTION = /^\d{1,3}(\.\d{1,30})?$/;

/**
 * A monthly effective interest rate as a fraction ("0.0185" = 1.85% a.m.), in [0, 1). Products
 * compare it with their caps; conversions to daily/annual are compound (FINANCE.md).
 */
export class MonthlyRate {
  private scaledForm?: Scaled;
  private text?: string;

  private constructor(private readonly fraction: Decimal) {}

  static parse(input: unknown, field = 'monthlyRate'): Result<MonthlyRate> {
    if (typeof input === 'string' && FRACTION.test(input)) {
      const value = dec(input);
      if (value.lt(ONE)) return ok(new MonthlyRate(value));
    }
    return err(new FinanceError('INVALID_RATE', `Taxa inválida em ${field}: informe a fração mensal como texto, de 0 a menos de 1 (ex.: "0.0185").`, field));
  }

  /** A trusted literal; throws FinanceError when malformed or outside [0, 1). */
  static of(input: string): MonthlyRate {
    const parsed = MonthlyRate.parse(input);
    if (!parsed.ok) throw parsed.error;
    return parsed.value;
  }

  /** From a computed Decimal (product formulas); throws when outside [0, 1). */
  static fromDecimal(value: Decimal): MonthlyRate {
    if (value.lt(ZERO) || value.gte(ONE)) throw new RangeError(`rate outside [0, 1): ${value.toString()}`);
    return new MonthlyRate(dec(value));
  }

  toDecimal(): Decimal {
    return this.fraction;
  }

  /** The rate as an exact integer × power of ten, for exact integer products with cents. */
  scaled(): Scaled {
    this.scaledForm ??= toScaled(this.fraction);
    return this.scaledForm;
  }

  isZero(): boolean {
    return this.fraction.eq(ZERO);
  }

  /**
   * Places before the rate's first significant digit (2 for 0.0185, 7 for 0.000001): quantities
   * like (1+i)^x − 1 are about that small, so computing them to a given relative precision needs
   * that many more places.
   */
  get leadingPlaces(): number {
    return this.isZero() ? 0 : Math.max(0, -this.fraction.e);
  }

  lte(other: MonthlyRate): boolean {
    return this.fraction.lte(other.fraction);
  }

  eq(other: MonthlyRate): boolean {
    return this.fraction.eq(other.fraction);
  }

  /** Canonical decimal text without trailing zeros ("0.0185"); also the cache key of derived factors. */
  toString(): string {
    this.text ??= this.fraction.toString();
    return this.text;
  }

  toJSON(): string {
    return this.toString();
  }
}
