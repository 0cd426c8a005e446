import type { ContractPositionChangedPayload } from '@consignado/contracts';
import { createPosition, IsoDate, Money, MonthlyRate, type PositionRow, type Result } from '@consignado/finance';
import type { ProjectedContract } from './projected-contract';
import { InconsistentPositionError } from './projection.errors';

/**
 * Reads a ContractPositionChanged into a projected contract. What the schema cannot check — real
 * dates, rows numbered 1..n, a plan start before its rows, a position finance accepts
 * (`createPosition`) — makes it inconsistent: {@link InconsistentPositionError}, never half-stored.
 * The plan in force is the rows after `planStart.afterInstallment`, PAID ones paid.
 */
export function projectContract(p: ContractPositionChangedPayload): ProjectedContract {
  const value = <T>(result: Result<T>, field: string): T => {
    if (!result.ok) throw new InconsistentPositionError(p.contractId, field, result.error.message);
    return result.value;
  };
  const { afterInstallment } = p.planStart;
  if (p.installments.some((row, index) => row.number !== index + 1)) throw inconsistent(p, 'installments', 'As parcelas devem estar numeradas de 1 a n, em ordem.');
  if (afterInstallment >= p.installments.length) throw inconsistent(p, 'planStart', 'O plano vigente deve ter ao menos uma parcela.');
  const rows = p.installments.slice(afterInstallment).map((row) => positionRow(row, value));
  const start = { date: value(IsoDate.parse(p.planStart.date, 'planStart.date'), 'planStart.date'), balance: value(Money.parse(p.planStart.balance, 'planStart.balance'), 'planStart.balance') };
  const installment = value(Money.parse(p.installmentAmount, 'installmentAmount'), 'installmentAmount');
  const rate = value(MonthlyRate.parse(p.monthlyRate), 'monthlyRate');
  const position = value(createPosition({ rate, start, installment, rows }), 'installments');
  return {
    contractId: p.contractId,
    customerId: p.customerId,
    revision: p.revision,
    status: p.status,
    product: p.product,
    operationType: p.operationType,
    benefitNumber: p.benefitNumber,
    contractDate: value(IsoDate.parse(p.contractDate, 'contractDate'), 'contractDate'),
    installment,
    termMonths: p.termMonths,
    refinancedContractId: p.refinancedContractId,
    block: p.block,
    position,
    payload: p,
  };
}

type Read = <T>(result: Result<T>, field: string) => T;
type PayloadRow = ContractPositionChangedPayload['installments'][number];

function positionRow(row: PayloadRow, value: Read): PositionRow {
  const money = (text: string, name: string) => value(Money.parse(text, `installments.${name}`), `installments[${row.number}].${name}`);
  return {
    number: row.number,
    dueDate: value(IsoDate.parse(row.dueDate, 'dueDate'), `installments[${row.number}].dueDate`),
    installment: money(row.amount, 'amount'),
    interest: money(row.interest, 'interest'),
    amortization: money(row.amortization, 'amortization'),
    balance: money(row.balance, 'balance'),
    paid: row.status === 'PAID',
  };
}

const inconsistent = (p: ContractPositionChangedPayload, field: string, message: string) => new InconsistentPositionError(p.contractId, field, message);
