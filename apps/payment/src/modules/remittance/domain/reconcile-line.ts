import type { IsoDate, Money } from '@consignado/finance';
import type { Billing } from '../../billing/domain/billing';
import { activationDateOf, type Allocation, allocationOf } from '../../billing/domain/installment-payment';
import type { PayrollDeduction } from '../../billing/domain/payroll-deduction';

export const LINE_STATUSES = ['MATCHED', 'UNKNOWN_CONTRACT', 'BENEFIT_MISMATCH', 'CONTRACT_NOT_ACTIVE', 'INVALID_INSTALLMENT', 'DUPLICATE_LINE', 'AMOUNT_MISMATCH'] as const;
export type LineStatus = (typeof LINE_STATUSES)[number];

/** One deduction the payroll source reports: a benefit paid an installment of a contract. */
export interface RemittanceLine {
  readonly benefitNumber: string;
  readonly contractId: string;
  readonly installmentNumber: number;
  readonly amount: Money;
}

/** What the service knows about the line's contract, and whether an earlier line named the same installment. */
export interface LineContext {
  readonly billing?: Billing;
  readonly deduction?: PayrollDeduction;
  readonly duplicate: boolean;
  readonly paymentDate: IsoDate;
}

export type LineOutcome =
  | { readonly status: 'MATCHED'; readonly message: string; readonly allocation: Allocation; readonly parameters: string }
  | { readonly status: Exclude<LineStatus, 'MATCHED'>; readonly message: string };

const refused = (status: Exclude<LineStatus, 'MATCHED'>, message: string): LineOutcome => ({ status, message });

/**
 * Reconciles one remittance line against the billing and the payroll deduction Dataprev
 * registered (pure). A line is MATCHED only when it pays exactly what its installment costs on
 * the payment date, late charges included; every other outcome says why in pt-BR.
 */
export function reconcileLine(line: RemittanceLine, ctx: LineContext): LineOutcome {
  const { billing, deduction, paymentDate } = ctx;
  if (ctx.duplicate) return refused('DUPLICATE_LINE', 'Parcela repetida nesta remessa.');
  if (!billing || !deduction) return refused('UNKNOWN_CONTRACT', 'Contrato sem cobrança ou sem desconto em folha averbado.');
  if (deduction.benefitNumber !== line.benefitNumber) return refused('BENEFIT_MISMATCH', 'Benefício diferente do averbado para o contrato.');
  // A blocked contract (R-LN-8) is still ACTIVE here and its line is recorded: INSS withheld the money
  // from the benefit already and it cannot be refused; the block stops only money asked for.
  if (billing.snapshot.status !== 'ACTIVE') return refused('CONTRACT_NOT_ACTIVE', 'Empréstimo não está ativo.');
  const activation = activationDateOf(billing.snapshot);
  if (activation && paymentDate.isBefore(activation)) return refused('CONTRACT_NOT_ACTIVE', 'Empréstimo ainda não estava ativo na data do pagamento.');
  const installment = billing.installment(line.installmentNumber);
  if (installment?.status !== 'PENDING') return refused('INVALID_INSTALLMENT', 'Parcela inválida ou já quitada');
  const { parameters, ...allocation } = allocationOf(installment, paymentDate);
  if (!line.amount.eq(allocation.total)) return refused('AMOUNT_MISMATCH', `Valor diferente do devido na data do pagamento (R$ ${allocation.total.toString()}).`);
  return { status: 'MATCHED', message: 'Parcela quitada por desconto em folha.', allocation, parameters };
}
