import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Decimal, RoundingMode, dec } from '../decimal/dec';
import { Scaled, scaleRoundHalfUp, toScaled } from '../decimal/scaled';

const AMOUNT = /^(-?)(\d{1,15})(?:\.(\d{1,2}))?$/;

/**
 * An amount of BRL in whole cents. Internally a bigint count of cents (never a JS number), so
 * sums and differences are exact and cheap; multiplying by a rate yields either the exact
 * Decimal ({@link Money.times}) to be rounded explicitly with {@link Money.round}, or directly the
 * half-up rounded amount ({@link Money.timesRounded}). Every rounding point is explicit (D-3).
 */
export class Money {
  private decimal?: Decimal;

  private constructor(private readonly centsValue: bigint) {}

  static readonly ZERO = new Money(0n);

  /** Parses "1234.5" / "-0.01": at most two decimals and 15 integer digits, as text. */
  static parse(input: unknown, field = 'amount'): Result<Money> {
    const m = typeof input === 'string' ? AMOUNT.exec(input) : null;
    if (!m) {
      return err(new FinanceError('INVALID_AMOUNT', `Valor inválido em ${field}: informe reais com até duas casas decimais, como texto.`, field));
    }
    const cents = BigInt(m[2]) * 100n + BigInt((m[3] ?? '').padEnd(2, '0'));
    return ok(new Money(m[1] === '-' ? -cents : cents));
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

  /** Rounds any Decimal half-up to cents: the product's rounding rule for money (D-3). */
  static round(value: Decimal): Money {
    return new Money(BigInt(value.round(2, RoundingMode.halfUp).toFixed(2).replace('.', '')));
  }

  static ofCents(cents: bigint): Money {
    return new Money(cents);
  }

  get cents(): bigint {
    return this.centsValue;
  }

  plus(other: Money): Money {
    return new Money(this.centsValue + other.centsValue);
  }

  minus(other: Money): Money {
    return new Money(this.centsValue - other.centsValue);
  }

  /** The exact, unrounded product with a factor: round it explicitly with Money.round. */
  times(factor: Decimal): Decimal {
    return this.toDecimal().times(factor);
  }

  /** R(this × factor): the exact product rounded half-up to cents, in integer arithmetic. */
  timesRounded(factor: Decimal | Scaled): Money {
    return new Money(scaleRoundHalfUp(this.centsValue, 'units' in factor ? factor : toScaled(factor)));
  }

  isZero(): boolean {
    return this.centsValue === 0n;
  }

  isPositive(): boolean {
    return this.centsValue > 0n;
  }

  isNegative(): boolean {
    return this.centsValue < 0n;
  }

  compare(other: Money): -1 | 0 | 1 {
    return this.centsValue === other.centsValue ? 0 : this.centsValue < other.centsValue ? -1 : 1;
  }

  eq(other: Money): boolean {
    return this.centsValue === other.centsValue;
  }

  lt(other: Money): boolean {
    return this.centsValue < other.centsValue;
  }

  lte(other: Money): boolean {
    return this.centsValue <= other.centsValue;
  }

  gt(other: Money): boolean {
    return this.centsValue > other.centsValue;
  }

  gte(other: Money): boolean {
    return this.centsValue >= other.centsValue;
  }

  static max(a: Money, b: Money): Money {
    return a.gte(b) ? a : b;
  }

  static sum(values: readonly Money[]): Money {
    return new Money(values.reduce((acc, v) => acc + v.centsValue, 0n));
  }

  /** The amount as a Decimal (exact). */
  toDecimal(): Decimal {
    this.decimal ??= dec(`${this.centsValue}e-2`);
    return this.decimal;
  }

  /** Two decimals, dot separator: "303.88", "-0.05". */
  toString(): string {
    const negative = this.centsValue < 0n;
    const digits = (negative ? -this.centsValue : this.centsValue).toString().padStart(3, '0');
    return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
  }

  toJSON(): string {
    return this.toString();
  }
}
