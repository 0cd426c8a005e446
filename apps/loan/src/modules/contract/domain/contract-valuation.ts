import { type IsoDate, Money, updatedBalance } from '@consignado/finance';
import { fail, ok, type Result } from '@consignado/core';
import { lastPaymentAfter } from './contract-payments';
import { positionOf } from './contract-plan';
import type { ContractProps } from './contract-props';
import { ValuationDateInvalidError } from './contract.errors';

/**
 * The updated balance on `date` (seed 002 §7 "saldoDevedorAtualizado"): everything owed if it were
 * all paid that day — finance's `updatedBalance` of the contract's position (the plan in force):
 * each overdue installment with its late charges to the date plus the rest valued like a payoff
 * (with 1..k paid and the date between due dates k and k+1 inclusive, exactly the payoff).
 * SETTLED, CANCELLED and AVERBATION_FAILED owe "0.00"; a contract not in force yet (pending
 * portability or averbação) has no balance (null). A date before the contract date, or before the
 * start of an amended plan, or before a payment already recorded, is refused
 * (CONTRACT.BALANCE_DATE_INVALID).
 */
export function updatedBalanceOn(contract: ContractProps, date: IsoDate): Result<Money | null, ValuationDateInvalidError> {
  const { contractDate } = contract.terms;
  const invalid = (message: string) => fail(new ValuationDateInvalidError('CONTRACT.BALANCE_DATE_INVALID', message, date.toString()));
  if (date.isBefore(contractDate)) return invalid(`A data do saldo não pode ser anterior à data do contrato (${contractDate.toString()}).`);
  if (['AWAITING_ACCEPTANCE', 'PENDING_AVERBATION', 'PENDING_PORTABILITY'].includes(contract.status)) return ok(null);
  if (contract.status !== 'ACTIVE') return ok(Money.ZERO);
  const { startDate } = contract.plan;
  if (date.isBefore(startDate)) return invalid(`A data do saldo não pode ser anterior ao início do plano atual (${startDate.toString()}), após a amortização.`);
  const paidLater = lastPaymentAfter(contract, date);
  if (paidLater) return invalid(`A data do saldo não pode ser anterior a ${paidLater.toString()}, data do último pagamento.`);
  const balance = updatedBalance(positionOf(contract), date);
  // The date is not before the position's start and the late-charge parameters are undated: a refusal is a bug.
  if (!balance.ok) throw balance.error;
  return ok(balance.value);
}
