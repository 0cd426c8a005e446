import type { LoanQuote } from '../../domain/loan-quote';

/** What the channel shows (R-PR-3): every amount a decimal string, CET in percent. */
export interface SimulationView {
  product: string;
  amount: string;
  termMonths: number;
  monthlyRate: string;
  insurance: string;
  iof: string;
  iofMethod: string;
  financed: string;
  installment: string;
  totalInterest: string;
  totalPayable: string;
  cetMonthlyPercent: string;
  cetAnnualPercent: string;
  contractDate: string;
  firstDueDate: string;
  parameterVersions: readonly string[];
  schedule: Array<{ number: number; dueDate: string; installment: string; interest: string; amortization: string; balance: string }>;
}

export function simulationView(quote: LoanQuote): SimulationView {
  const { simulation: s, dates } = quote;
  return {
    product: s.product,
    amount: quote.amount.toString(),
    termMonths: s.schedule.rows.length,
    monthlyRate: s.monthlyRate.toString(),
    insurance: s.insurance.toString(),
    iof: s.iof.toString(),
    iofMethod: s.iofMethod,
    financed: s.financed.toString(),
    installment: s.installment.toString(),
    totalInterest: s.schedule.totalInterest.toString(),
    totalPayable: s.schedule.totalPaid.toString(),
    cetMonthlyPercent: s.monthlyPercent.toFixed(2),
    cetAnnualPercent: s.annualPercent.toFixed(2),
    contractDate: dates.contractDate.toString(),
    firstDueDate: dates.firstDueDate.toString(),
    parameterVersions: s.parameterVersions,
    schedule: s.schedule.rows.map((row) => ({
      number: row.number,
      dueDate: dates.dueDate(row.number).toString(),
      installment: row.installment.toString(),
      interest: row.interest.toString(),
      amortization: row.amortization.toString(),
      balance: row.balance.toString(),
    })),
  };
}
