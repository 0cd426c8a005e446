import type { BorrowingCapacity, InssMargin, LoanDates, Simulation } from '@consignado/finance';

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

export function simulationView(s: Simulation, amount: string, dates: LoanDates): SimulationView {
  return {
    product: s.product,
    amount,
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

export interface CapacityView {
  product: string;
  termMonths: number;
  monthlyRate: string;
  /** The monthly amount the installment must fit (the available loan margin). */
  installmentLimit: string;
  margin?: { loanLimit: string; loanAvailable: string; cardLimit: string; benefitCardLimit: string };
  /** Largest amount the customer can receive. */
  maxAmount: string;
  insurance: string;
  iof: string;
  financed: string;
  installment: string;
  contractDate: string;
  firstDueDate: string;
  parameterVersions: readonly string[];
}

export interface CapacityContext {
  product: string;
  termMonths: number;
  limit: string;
  dates: LoanDates;
  margin?: { value: InssMargin; version: string };
}

export function capacityView(c: BorrowingCapacity, ctx: CapacityContext): CapacityView {
  const { product, termMonths, limit, dates } = ctx;
  const margin = ctx.margin?.value;
  return {
    product,
    termMonths,
    monthlyRate: c.monthlyRate.toString(),
    installmentLimit: limit,
    ...(margin
      ? { margin: { loanLimit: margin.loanLimit.toString(), loanAvailable: margin.loanAvailable.toString(), cardLimit: margin.cardLimit.toString(), benefitCardLimit: margin.benefitCardLimit.toString() } }
      : {}),
    maxAmount: c.amount.toString(),
    insurance: c.insurance.toString(),
    iof: c.iof.toString(),
    financed: c.financed.toString(),
    installment: c.installment.toString(),
    contractDate: dates.contractDate.toString(),
    firstDueDate: dates.firstDueDate.toString(),
    parameterVersions: ctx.margin ? [ctx.margin.version, ...c.parameterVersions] : c.parameterVersions,
  };
}
