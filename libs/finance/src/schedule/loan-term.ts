import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';

/** Longest term the engine accepts (40 years); products narrow it (INSS 84/96, servant 24–92). */
export const MAX_TERM_MONTHS = 480;

/** A number of monthly installments, an integer in 1..480. */
export class LoanTerm {
  private constructor(readonly months: number) {}

  static parse(input: unknown, field = 'term'): Result<LoanTerm> {
    if (typeof input === 'number' && Number.isInteger(input) && input >= 1 && input <= MAX_TERM_MONTHS) {
      return ok(new LoanTerm(input));
    }
    return err(new FinanceError('INVALID_TERM', `Prazo inválido em ${field}: informe um número inteiro de parcelas de 1 a ${MAX_TERM_MONTHS}.`, field));
  }

  static of(months: number): LoanTerm {
    const parsed = LoanTerm.parse(months);
    if (!parsed.ok) throw parsed.error;
    return parsed.value;
  }

  toString(): string {
    return String(this.months);
  }

  toJSON(): number {
    return this.months;
  }
}
