import type { CapacityQuote } from '../../domain/loan-quote';

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

export function capacityView(quote: CapacityQuote): CapacityView {
  const { capacity: c, product, termMonths, dates } = quote;
  const margin = quote.margin?.value;
  return {
    product,
    termMonths,
    monthlyRate: c.monthlyRate.toString(),
    installmentLimit: quote.limit.toString(),
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
    parameterVersions: quote.margin ? [quote.margin.version, ...c.parameterVersions] : c.parameterVersions,
  };
}
