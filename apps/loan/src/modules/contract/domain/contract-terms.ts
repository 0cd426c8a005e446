import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, type Result as FinanceResult } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import { InvalidContractTermsError } from './contract.errors';

/** The priced terms as they cross service boundaries: decimal strings, ISO dates (contracts' loanTermsProperties). */
export interface LoanTermsInput {
  releasedAmount: string;
  financedAmount: string;
  monthlyRate: string;
  termMonths: number;
  installmentAmount: string;
  iof: string;
  insurance: string;
  totalPayable: string;
  cetMonthlyPercent: string;
  cetAnnualPercent: string;
  contractDate: string;
  firstDueDate: string;
}

const PERCENT = /^(0|[1-9][0-9]*)\.[0-9]{2}$/;

/**
 * The contract's financial terms as value objects (seed 003 §7.3: principal, rate, term,
 * installment, CET). Money stays in cents on big.js/bigint; CET stays the approved percent text.
 */
export class ContractTerms {
  private constructor(
    readonly releasedAmount: Money,
    readonly financedAmount: Money,
    readonly monthlyRate: MonthlyRate,
    readonly term: LoanTerm,
    readonly installmentAmount: Money,
    readonly iof: Money,
    readonly insurance: Money,
    readonly totalPayable: Money,
    readonly cetMonthlyPercent: string,
    readonly cetAnnualPercent: string,
    readonly dates: LoanDates,
  ) {}

  static parse(input: LoanTermsInput): Result<ContractTerms, InvalidContractTermsError> {
    try {
      const dates = need(LoanDates.create(need(IsoDate.parse(input.contractDate, 'contractDate')), need(IsoDate.parse(input.firstDueDate, 'firstDueDate'))));
      const terms = new ContractTerms(
        need(Money.parsePositive(input.releasedAmount, 'releasedAmount')),
        need(Money.parsePositive(input.financedAmount, 'financedAmount')),
        need(MonthlyRate.parse(input.monthlyRate, 'monthlyRate')),
        need(LoanTerm.parse(input.termMonths, 'termMonths')),
        need(Money.parsePositive(input.installmentAmount, 'installmentAmount')),
        need(Money.parse(input.iof, 'iof')),
        need(Money.parse(input.insurance, 'insurance')),
        need(Money.parse(input.totalPayable, 'totalPayable')),
        percent(input.cetMonthlyPercent, 'cetMonthlyPercent'),
        percent(input.cetAnnualPercent, 'cetAnnualPercent'),
        dates,
      );
      return ok(terms);
    } catch (error) {
      if (error instanceof InvalidContractTermsError) return fail(error);
      throw error;
    }
  }

  get contractDate(): IsoDate {
    return this.dates.contractDate;
  }

  get firstDueDate(): IsoDate {
    return this.dates.firstDueDate;
  }

  /** The same terms with the total the booked schedule really sums to (its last row absorbs residues). */
  withTotalPayable(total: Money): ContractTerms {
    return new ContractTerms(
      this.releasedAmount, this.financedAmount, this.monthlyRate, this.term, this.installmentAmount, this.iof, this.insurance,
      total, this.cetMonthlyPercent, this.cetAnnualPercent, this.dates,
    );
  }

  /** Back to the boundary form (what events and the database carry). */
  toInput(): LoanTermsInput {
    return {
      releasedAmount: this.releasedAmount.toString(),
      financedAmount: this.financedAmount.toString(),
      monthlyRate: this.monthlyRate.toString(),
      termMonths: this.term.months,
      installmentAmount: this.installmentAmount.toString(),
      iof: this.iof.toString(),
      insurance: this.insurance.toString(),
      totalPayable: this.totalPayable.toString(),
      cetMonthlyPercent: this.cetMonthlyPercent,
      cetAnnualPercent: this.cetAnnualPercent,
      contractDate: this.contractDate.toString(),
      firstDueDate: this.firstDueDate.toString(),
    };
  }
}

function need<T>(result: FinanceResult<T>): T {
  if (!result.ok) throw new InvalidContractTermsError(result.error.field ?? 'terms', result.error.message);
  return result.value;
}

function percent(value: string, field: string): string {
  if (!PERCENT.test(value)) throw new InvalidContractTermsError(field, `Percentual inválido em ${field}: informe duas casas decimais, como texto.`);
  return value;
}
