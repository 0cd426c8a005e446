import { FinanceError } from '../errors/finance-error';
import { Result } from '../errors/result';
import { IsoDate } from '../dates/iso-date';
import { Decimal, ONE, dec } from '../decimal/dec';
import { Money } from '../money/money';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';

/** Unwraps a result inside an op handler; the runner turns the thrown FinanceError into `{error}`. */
export function expectOk<T>(result: Result<T>): T {
  if (!result.ok) throw result.error;
  return result.value;
}

const FRACTION = /^\d{1,3}(\.\d{1,30})?$/;

const invalid = (field: string, message: string) => new FinanceError('INVALID_INPUT', message, field);

/**
 * Strict readers of one request's `input` object: money and rates as decimal strings, terms,
 * days and scores as JSON integers, dates as ISO strings. Any problem throws INVALID_INPUT.
 */
export class Fields {
  constructor(private readonly input: Readonly<Record<string, unknown>>) {}

  has(name: string): boolean {
    return this.input[name] !== undefined;
  }

  raw(name: string): unknown {
    return this.input[name];
  }

  positiveMoney(name: string): Money {
    return expectOk(Money.parsePositive(this.input[name], name));
  }

  optionalMoney(name: string): Money | undefined {
    if (!this.has(name)) return undefined;
    const money = expectOk(Money.parse(this.input[name], name));
    if (money.isNegative()) throw invalid(name, `Valor em ${name} não pode ser negativo.`);
    return money;
  }

  rate(name = 'monthlyRate'): MonthlyRate {
    return expectOk(MonthlyRate.parse(this.input[name], name));
  }

  term(name = 'term'): LoanTerm {
    return expectOk(LoanTerm.parse(this.input[name], name));
  }

  integer(name: string, min: number, max: number): number {
    const value = this.input[name];
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value;
    throw invalid(name, `Campo ${name} deve ser um número inteiro de ${min} a ${max}.`);
  }

  optionalInteger(name: string, min: number, max: number): number | undefined {
    return this.has(name) ? this.integer(name, min, max) : undefined;
  }

  /** A decimal fraction in [0, 1] as text ("0.5"), or the fallback when absent. */
  fraction(name: string, fallback: Decimal): Decimal {
    const value = this.input[name];
    if (value === undefined) return fallback;
    if (typeof value === 'string' && FRACTION.test(value) && dec(value).lte(ONE)) return dec(value);
    throw invalid(name, `Campo ${name} deve ser uma fração de 0 a 1, como texto (ex.: "0.5").`);
  }

  date(name: string): IsoDate {
    return expectOk(IsoDate.parse(this.input[name], name));
  }

  optionalDate(name: string): IsoDate | undefined {
    return this.has(name) ? this.date(name) : undefined;
  }

  boolean(name: string, fallback: boolean): boolean {
    const value = this.input[name];
    if (value === undefined) return fallback;
    if (typeof value === 'boolean') return value;
    throw invalid(name, `Campo ${name} deve ser true ou false.`);
  }

  oneOf<T extends string>(name: string, allowed: readonly T[], fallback?: T): T {
    const value = this.input[name];
    if (value === undefined && fallback !== undefined) return fallback;
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
    throw invalid(name, `Campo ${name} deve ser um de: ${allowed.join(', ')}.`);
  }

  /** contractDate + firstDueDate, both required. */
  dates(): LoanDates {
    return expectOk(LoanDates.create(this.date('contractDate'), this.date('firstDueDate')));
  }

  /** contractDate + firstDueDate together, or neither. */
  optionalDates(): LoanDates | undefined {
    if (!this.has('contractDate') && !this.has('firstDueDate')) return undefined;
    return this.dates();
  }

  array(name: string, required: boolean): readonly unknown[] {
    const value = this.input[name];
    if (value === undefined && !required) return [];
    if (Array.isArray(value)) return value;
    throw invalid(name, `Campo ${name} deve ser uma lista.`);
  }
}

/** The object inside an array element, or INVALID_INPUT. */
export function asObject(value: unknown, field: string): Readonly<Record<string, unknown>> {
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value as Record<string, unknown>;
  throw invalid(field, `Campo ${field} deve ser um objeto.`);
}
