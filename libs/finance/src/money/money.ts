import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Decimal, RoundingMode, ZERO, dec } from '../decimal/dec';

const AMOUNT = /^-?\d{1,15}(\.\d{1,2})?$/;

/**
 * An amount of BRL in whole cents, over big.js (never a JS number). Arithmetic between Money values
 * is exact; multiplying by a rate yields an unrounded Decimal that must be brought back with
 * {@link Money.round} (half-up), so every rounding point is explicit in the code (D-3).
 */
export class Money {
  private constructor(private readonly amount: Decimal) {}

  static readonly ZERO = new Money(ZERO);

  /** Parses "1234.5" / "-0.01": at most two decimals and 15 integer digits. */
  static parse(input: unknown, field = 'amount'): Result<Money> {
    if (typeof input === 'string' && AMOUNT.test(input)) return ok(new Money(dec(input)));
    return err(new FinanceError('INVALID_AMOUNT', `Valor inválido em ${field}: informe reais com até duas casas decimais, como texto.`, field));
  }

  /** Parses an amount that must be greater than zero. */
  static parsePositive(input: unknown, field = 'amount'): Result<Money> {
    const parsed = Money.parse(input, field);
    if (parsed.ok && !parsed.value.isPositive()) {
      return err(new FinanceError('INVALID_AMOUNT', `Valor em ${field} deve ser maior que zero.`, field));
    }
    return parsed;
  }

  /** A trusted literal ("303.88"); throws FinanceError when malformed. */
  static of(input: string): Money {
    const parsed = Money.parse(input);
    if (!parsed.ok) throw parsed.error;
    return parsed.value;
  }

  /** Rounds any Decimal half-up to cents: the product's only rounding rule for money. */
  static round(value: Decimal): Money {
    return new Money(value.round(2, RoundingMode.halfUp));
  }

  /** Whole cents (bigint), e.g. for storage as an integer column. */
  static ofCents(cents: bigint): Money {
    return new Money(dec(cents).div(dec('100')));
  }

  get cents(): bigint {
    return BigInt(this.amount.times(dec('100')).toFixed(0));
  }

  plus(other: Money): Money {
    return new Money(this.amount.plus(other.amount));
  }

  minus(other: Money): Money {
    return new Money(this.amount.minus(other.amount));
  }

  /** The exact, unrounded product with a factor: round it explicitly with Money.round. */
  times(factor: Decimal): Decimal {
    return this.amount.times(factor);
  }

  isZero(): boolean {
    return this.amount.eq(ZERO);
  }

  isPositive(): boolean {
    return this.amount.gt(ZERO);
  }

  isNegative(): boolean {
    return this.amount.lt(ZERO);
  }

  compare(other: Money): -1 | 0 | 1 {
    return this.amount.cmp(other.amount);
  }

  eq(other: Money): boolean {
    return this.amount.eq(other.amount);
  }

  lt(other: Money): boolean {
    return this.amount.lt(other.amount);
  }

  lte(other: Money): boolean {
    return this.amount.lte(other.amount);
  }

  gt(other: Money): boolean {
    return this.amount.gt(other.amount);
  }

  gte(other: Money): boolean {
    return this.amount.gte(other.amount);
  }

  static max(a: Money, b: Money): Money {
    return a.gte(b) ? a : b;
  }

  static sum(values: readonly Money[]): Money {
    return values.reduce((acc, v) => acc.plus(v), Money.ZERO);
  }

  toDecimal(): Decimal {
    return this.amount;
  }

  /** Two decimals, dot separator: "303.88". */
  toString(): string {
    return this.amount.toFixed(2);
  }

  toJSON(): string {
    return this.toString();
  }
}
