import type { PayloadOf } from '@consignado/contracts';
import { IsoDate, Money, type Result } from '@consignado/finance';
import type { BillingInstallment, BillingProps } from './billing';
import type { PlannedRow } from './billing-plan';
import { AmendmentMismatchError } from './payoff.errors';

/** Loan's amended plan (ContractAmended), parsed. */
export interface Amendment {
  readonly contractId: string;
  readonly paymentId: string;
  readonly effectiveDate: IsoDate;
  readonly balance: Money;
  readonly installment: Money;
  readonly rows: readonly PlannedRow[];
}

/** What identifies a plan's row between the services: number, due date, amount. */
export type RowKey = Pick<PlannedRow, 'number' | 'dueDate' | 'amount'>;

export type AmendOutcome = 'UNCHANGED' | 'SUPERSEDED' | 'TAKEN';

export function amendmentOf(event: PayloadOf<'ContractAmended'>): Amendment {
  const mismatch = () => new AmendmentMismatchError(event.contractId, 'plano malformado');
  const get = <T>(r: Result<T>): T => {
    if (!r.ok) throw mismatch();
    return r.value;
  };
  const rows = event.schedule.map((r) => ({
    number: r.number,
    dueDate: get(IsoDate.parse(r.dueDate)),
    amount: get(Money.parse(r.amount)),
    split: { interest: get(Money.parse(r.interest)), amortization: get(Money.parse(r.amortization)), balance: get(Money.parse(r.balance)) },
  }));
  if (rows.some((r, k) => r.number !== rows[0].number + k)) throw mismatch();
  const { contractId, paymentId } = event;
  return { contractId, paymentId, effectiveDate: get(IsoDate.parse(event.effectiveDate)), balance: get(Money.parse(event.balance)), installment: get(Money.parse(event.installmentAmount)), rows };
}

const sameRows = (a: readonly RowKey[], b: readonly RowKey[]): boolean =>
  a.length === b.length && a.every((r, k) => r.number === b[k].number && r.dueDate.equals(b[k].dueDate) && r.amount.eq(b[k].amount));

/**
 * Checks loan's amended plan against the billing (docs/life-cycle.md, extraordinary amortization).
 * The plan this billing holds for that payment, or the plan recorded with the payment when a later
 * amortization replaced it since: same rows → nothing to do. A billing never re-planned for that
 * payment takes the event's rows. Any disagreement is BILLING.AMENDMENT_MISMATCH.
 */
export function amend(billing: Readonly<BillingProps>, amendment: Amendment, recorded?: readonly RowKey[]): { outcome: AmendOutcome; props: BillingProps } {
  const plan = billing.plan;
  if (plan?.paymentId === amendment.paymentId) {
    if (!sameRows(billing.installments.filter((i) => i.number > plan.start.afterInstallment), amendment.rows)) throw new AmendmentMismatchError(billing.contractId, 'as parcelas diferem');
    return { outcome: 'UNCHANGED', props: billing };
  }
  if (recorded) {
    if (!sameRows(recorded, amendment.rows)) throw new AmendmentMismatchError(billing.contractId, 'as parcelas registradas com o pagamento diferem');
    return { outcome: 'SUPERSEDED', props: billing };
  }
  return { outcome: 'TAKEN', props: takePlan(billing, amendment) };
}

function takePlan(billing: Readonly<BillingProps>, amendment: Amendment): BillingProps {
  const first = amendment.rows[0].number;
  const kept = billing.installments.filter((i) => i.number < first);
  const replaced = billing.installments.filter((i) => i.number >= first);
  if (billing.status !== 'ACTIVE') throw new AmendmentMismatchError(billing.contractId, `a cobrança está ${billing.status}`);
  if (kept.length !== first - 1 || replaced.some((i) => i.status !== 'PENDING')) throw new AmendmentMismatchError(billing.contractId, `a parcela ${first} em diante não está em aberto`);
  const rows: BillingInstallment[] = amendment.rows.map((r) => ({ ...r, status: 'PENDING' }));
  const start = { date: amendment.effectiveDate, balance: amendment.balance, afterInstallment: first - 1 };
  const plan = billing.plan && { rate: billing.plan.rate, start, installment: amendment.installment, paymentId: amendment.paymentId };
  return { ...billing, installments: [...kept, ...rows], plan };
}
