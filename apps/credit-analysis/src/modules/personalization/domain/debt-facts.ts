import { dec, type IsoDate, Money, RoundingMode, updatedBalance } from '@consignado/finance';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import type { DeclaredData } from './declared-data';

/** PROFILE.md P-9: the debt a refinancing or a portability would take over, and what it costs now. */
export interface DebtFacts {
  /** `saldo_devedor_total`: every active contract's updated balance on the date, here and elsewhere. */
  readonly balance: Money;
  /** `taxa_estimada_atual`: the balance-weighted monthly rate of the debts whose rate is known (4 places), if any. */
  readonly monthlyRate?: string;
}

/** Our contracts valued with libs/finance on `today` (overdue rows with their charges); loans elsewhere as declared. */
export function debtFacts(contracts: readonly ProjectedContract[], declared: DeclaredData, today: IsoDate): DebtFacts {
  const ours = contracts
    .filter((c) => c.status === 'ACTIVE')
    .map((c) => ({ balance: valued(c, today), rate: c.position.rate.toDecimal() }));
  const theirs = declared.externalLoans.filter((l) => l.balance).map((l) => ({ balance: l.balance as Money, rate: l.monthlyRate?.toDecimal() }));
  const debts = [...ours, ...theirs];
  const balance = Money.sum(debts.map((d) => d.balance));
  const rated = debts.filter((d) => d.rate !== undefined && d.balance.isPositive());
  const weight = Money.sum(rated.map((d) => d.balance));
  if (!weight.isPositive()) return { balance };
  const weighted = rated.reduce((acc, d) => acc.plus(d.balance.toDecimal().times(d.rate ?? 0)), dec('0'));
  return { balance, monthlyRate: weighted.div(weight.toDecimal()).round(4, RoundingMode.halfUp).toFixed(4) };
}

/** Loan's position valued on the date; a contract the projection cannot value counts at its plan balance. */
function valued(c: ProjectedContract, today: IsoDate): Money {
  const value = updatedBalance(c.position, today);
  return value.ok ? value.value : c.position.start.balance;
}
