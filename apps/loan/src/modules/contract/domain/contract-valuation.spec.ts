import { IsoDate, LoanDates, LoanTerm, Money, MonthlyRate, payoff as financePayoff } from '@consignado/finance';
import { handWorkedApproval, inssApproval } from '../../../../test/fixtures/approvals';
import { installmentPayment, type Payable } from '../../../../test/fixtures/payments';
import { Contract } from './contract';
import { positionOf } from './contract-plan';
import { bookAccepted } from '../../../../test/fixtures/contracts';

const CONTRACT_ID = '11111111-2222-4333-8444-555555555555';
const now = new Date('2026-04-10T13:00:00.000Z');

function book(approval = handWorkedApproval()): Contract {
  const result = bookAccepted(approval, CONTRACT_ID, now);
  if (!result.ok) throw result.error;
  result.value.pullEvents();
  return result.value;
}

const payable = (c: Contract): Payable => ({
  id: c.id,
  customerId: c.snapshot.customerId,
  installments: c.snapshot.installments.map((i) => ({ number: i.number, installment: i.snapshot.amount.toString() })),
});

/** Pays each installment on its own due date (no charges). */
function payOnTime(contract: Contract, numbers: number[]): Contract {
  for (const number of numbers) {
    const due = contract.snapshot.installments[number - 1].snapshot.dueDate.toString();
    contract.recordPayment(installmentPayment(payable(contract), [{ number }], due), now);
  }
  return contract;
}

/** Pays each installment on `date`, ahead of its due date (no charges). */
function payAhead(contract: Contract, numbers: number[], date: string): Contract {
  for (const number of numbers) contract.recordPayment(installmentPayment(payable(contract), [{ number }], date), now);
  return contract;
}

const d = (iso: string) => IsoDate.of(iso);
const balanceOn = (contract: Contract, date: string): string | null => {
  const result = contract.updatedBalance(d(date));
  if (!result.ok) throw result.error;
  return result.value?.toString() ?? null;
};
/** The settlement quote as text: kind, amount, paid count, the payoff part and the unpaid sum. */
const payoffOn = (contract: Contract, date: string) => {
  const result = contract.settlementQuote(d(date));
  if (!result.ok) throw result.error;
  const q = result.value;
  const { balance, interest, prepaidDiscount, payoff } = q.rest;
  return {
    date: String(q.date), kind: q.kind, amount: String(q.amount), paidInstallments: q.paidInstallments, balance: String(balance), interest: String(interest),
    prepaidDiscount: String(prepaidDiscount), payoff: String(payoff), remainingUndiscounted: String(q.remainingUndiscounted),
  };
};

describe('hand-worked contract (test/fixtures/approvals.ts handWorkedApproval)', () => {
  it('books the schedule worked out by hand', () => {
    const rows = book().snapshot.installments.map(({ snapshot: r }) => [r.dueDate, r.amount, r.interest, r.amortization, r.balance].map(String));
    expect(rows).toEqual([
      ['2026-05-10', '346.75', '20.00', '326.75', '673.25'],
      ['2026-06-10', '346.75', '13.47', '333.28', '339.97'],
      ['2026-07-10', '346.77', '6.80', '339.97', '0.00'],
    ]);
  });
});

describe('updated balance (saldoDevedorAtualizado, seed 002 §7)', () => {
  it.each<[string, number[], string, string]>([
    // Nothing paid, on the contract date: the principal.
    ['nothing paid, contract date', [], '2026-04-10', '1000.00'],
    // Nothing paid, 30 days on (due date of #1, not late): 1000 + R(1000 × 0.02) = 1020.00.
    ['nothing paid, #1 due today', [], '2026-05-10', '1020.00'],
    // #1 paid, on its own due date: anchor 1, B_1 = 673.25 with no interest.
    ['#1 paid, its due date', [1], '2026-05-10', '673.25'],
    // #1 paid, 30 days after its due date: 673.25 + R(673.25 × 0.02 = 13.465) = 686.72.
    ['#1 paid, a month on', [1], '2026-06-09', '686.72'],
    // #1 paid, #2 due today (31 days): 673.25 + R(673.25 × (1.02^(31/30) − 1) = 13.918) = 687.17,
    // not 346.75 + 339.97 = 686.72: the payoff's day count is kept up to and including due date k+1.
    ['#1 paid, #2 due today', [1], '2026-06-10', '687.17'],
    // #1 10 days late: 346.75 + fine R(6.935) 6.94 + mora R(346.75 × 0.00033 × 10 = 1.1443) 1.14 = 354.83,
    // plus payoff(1) = 673.25 + R(673.25 × (1.02^(10/30) − 1) = 4.4587) 4.46 = 677.71 → 1032.54.
    ['#1 overdue 10 days', [], '2026-05-20', '1032.54'],
    // #2 paid ahead, #1 due today: payoff(0) 1020.00 − PV of 346.75 due in 31 days R(339.7267) 339.73 = 680.27.
    ['#2 paid ahead, #1 due today', [2], '2026-05-10', '680.27'],
    // #2 paid ahead, #1 15 days late: 346.75 + 6.94 + R(1.7164) 1.72 = 355.41; payoff(1) on 05-25 =
    // 673.25 + R(673.25 × (1.02^(15/30) − 1) = 6.6992) 6.70; minus PV of 346.75 in 16 days R(343.1071) 343.11 → 692.25.
    ['#2 paid ahead, #1 overdue 15 days', [2], '2026-05-25', '692.25'],
    // #1 and #2 paid, #3 10 days late after the last due date: 346.77 + R(6.9354) 6.94 + R(1.1443) 1.14 = 354.85.
    ['#3 overdue after the last due date', [1, 2], '2026-07-20', '354.85'],
  ])('%s: %j paid, on %s → %s', (label, paid, date, expected) => {
    const contract = label.includes('paid ahead') ? payAhead(book(), paid, '2026-04-20') : payOnTime(book(), paid);
    expect(balanceOn(contract, date)).toBe(expected);
  });

  it('is 0.00 once settled or cancelled, and null before activation', () => {
    expect(balanceOn(payOnTime(book(), [1, 2, 3]), '2026-07-10')).toBe('0.00');
    const cancelled = book();
    cancelled.requestCancellation({ reason: 'RIGHT_OF_REGRET', requestedAt: now }, now);
    expect(balanceOn(cancelled, '2026-04-11')).toBe('0.00');
    expect(balanceOn(book(inssApproval()), '2026-04-11')).toBeNull();
  });

  it('refuses a date before the contract date, or before a payment on record (CONTRACT.BALANCE_DATE_INVALID)', () => {
    const refusal = (contract: Contract, date: string) => {
      const result = contract.updatedBalance(d(date));
      return result.ok ? 'ok' : [result.error.code, result.error.message];
    };
    expect(refusal(book(), '2026-04-09')).toEqual(['CONTRACT.BALANCE_DATE_INVALID', 'A data do saldo não pode ser anterior à data do contrato (2026-04-10).']);
    expect(refusal(payAhead(book(), [1], '2026-05-01'), '2026-04-30')).toEqual([
      'CONTRACT.BALANCE_DATE_INVALID', 'A data do saldo não pode ser anterior a 2026-05-01, data do último pagamento.',
    ]);
  });
});

describe('the day "today\'s" balance is taken on', () => {
  it('is today, unless a payment on record or the plan in force is later', () => {
    expect(String(book().balanceDateFrom(d('2026-06-01')))).toBe('2026-06-01');
    expect(String(book().balanceDateFrom(d('2026-04-01')))).toBe('2026-04-10'); // the contract date
    expect(String(payAhead(book(), [1, 2], '2026-05-03').balanceDateFrom(d('2026-04-20')))).toBe('2026-05-03');
    expect(String(payAhead(book(), [1], '2026-05-03').balanceDateFrom(d('2026-05-04')))).toBe('2026-05-04');
  });
});

describe('settlement quote (FINANCE.md "Payoff", R-LN-4, docs/life-cycle.md)', () => {
  it('with 1..k paid is finance payoff to the cent', () => {
    expect(payoffOn(payOnTime(book(), [1]), '2026-06-09')).toEqual({
      date: '2026-06-09', kind: 'PAYOFF', amount: '686.72', paidInstallments: 1, balance: '673.25', interest: '13.47', prepaidDiscount: '0.00', payoff: '686.72',
      remainingUndiscounted: '693.52', // 346.75 + 346.77
    });
  });

  it('deducts installments paid ahead at their present value (the documented generalisation)', () => {
    // k = 0: 1000.00 + R(1000 × 0.02) = 1020.00 on 05-10; #2 paid, worth R(346.75 / 1.02^(31/30)) = 339.73.
    expect(payoffOn(payAhead(book(), [2], '2026-04-20'), '2026-05-10')).toEqual({
      date: '2026-05-10', kind: 'PAYOFF', amount: '680.27', paidInstallments: 1, balance: '1000.00', interest: '20.00', prepaidDiscount: '339.73', payoff: '680.27',
      remainingUndiscounted: '693.52', // #1 346.75 + #3 346.77
    });
  });

  it('values a paid installment not yet due on the date as paid ahead: a customer who paid early can still settle', () => {
    // #1 paid on 05-01; on 05-09 it is not due yet: 1000.00 + R(1000 × (1.02^(29/30) − 1) = 19.3269) 19.33 − R(346.75 / 1.02^(1/30) = 346.5212) 346.52 = 672.81.
    expect(payoffOn(payAhead(book(), [1], '2026-05-01'), '2026-05-09')).toMatchObject({ kind: 'PAYOFF', balance: '1000.00', interest: '19.33', prepaidDiscount: '346.52', amount: '672.81' });
  });

  it('on a date between due dates is the balance plus pro-rata interest worked out here', () => {
    // #1 paid; 2026-05-25 is 15 days after its due date: 673.25 × (1.02^(15/30) − 1) = 673.25 × 0.0099504938 = 6.6992 → 6.70.
    expect(payoffOn(payOnTime(book(), [1]), '2026-05-25')).toMatchObject({ kind: 'PAYOFF', balance: '673.25', interest: '6.70', amount: '679.95' });
  });

  it('is the consolidated debt when a row is overdue: a late contract can always be settled', () => {
    // Nothing paid, 2026-05-20: #1 (346.75) 10 days late, fine R(6.935) 6.94, mora R(346.75 × 0.00033 × 10 = 1.1443) 1.14 → 354.83;
    // the rest from due date 1: 673.25 + R(673.25 × (1.02^(10/30) − 1) = 4.4587) 4.46 = 677.71; total 1032.54.
    const result = book().settlementQuote(d('2026-05-20'));
    if (!result.ok) throw result.error;
    const q = result.value;
    expect([q.kind, q.amount, q.overdueAmount, q.fine, q.mora, q.rest.balance, q.rest.interest, q.rest.payoff, q.remainingUndiscounted].map(String)).toEqual([
      'CONSOLIDATED_DEBT', '1032.54', '346.75', '6.94', '1.14', '673.25', '4.46', '677.71', '1040.27',
    ]);
    expect(q.overdue.map((r) => [r.number, r.daysLate, String(r.total)])).toEqual([[1, 10, '354.83']]);
  });

  it.each<[string, () => Contract, string, string, string]>([
    ['a settled contract', () => payOnTime(book(), [1, 2, 3]), '2026-07-10', 'CONTRACT.SETTLED', 'Empréstimo já liquidado'],
    ['a contract not in force', () => book(inssApproval()), '2026-04-11', 'CONTRACT.NOT_ACTIVE', 'O contrato não está ativo (situação PENDING_AVERBATION).'],
    ['a date before the contract date', () => book(), '2026-04-09', 'CONTRACT.PAYOFF_DATE_INVALID', 'A data de quitação não pode ser anterior a 2026-04-10.'],
    ['a date before a payment on record', () => payAhead(book(), [1], '2026-05-01'), '2026-04-30', 'CONTRACT.PAYOFF_DATE_INVALID', 'A data de quitação não pode ser anterior a 2026-05-01, data do último pagamento.'],
  ])('refuses %s', (_label, contract, date, code, message) => {
    const result = contract().settlementQuote(d(date));
    expect(result.ok ? 'ok' : [result.error.code, result.error.message]).toEqual([code, message]);
  });
});

describe('balance and payoff agree with finance payoff on the 96-month INSS contract', () => {
  // finance `payoff` rebuilds the schedule from the approved terms alone: an independent path.
  const terms = inssApproval();
  const financeInput = {
    principal: Money.of(terms.financedAmount), rate: MonthlyRate.of(terms.monthlyRate), term: LoanTerm.of(terms.termMonths),
    dates: (() => { const dates = LoanDates.create(d(terms.contractDate), d(terms.firstDueDate)); if (!dates.ok) throw dates.error; return dates.value; })(),
  };
  const active = (): Contract => {
    const contract = book(terms);
    contract.completeAverbation({ proposalId: terms.proposalId, protocol: 'DTP-1', averbationId: CONTRACT_ID, registeredAt: now.toISOString(), installmentAmount: '231.24', termMonths: 96, firstDueDate: '2026-04-10' }, now);
    return contract;
  };

  it.each([0, 1, 2, 10, 47, 95])('with 1..%i paid, every day from due date k to due date k+1', (k) => {
    const contract = payOnTime(active(), Array.from({ length: k }, (_, j) => j + 1));
    const from = k === 0 ? financeInput.dates.contractDate : financeInput.dates.dueDate(k);
    const to = financeInput.dates.dueDate(k + 1);
    const days = from.daysUntil(to);
    expect(days).toBeGreaterThanOrEqual(28);
    for (let offset = 0; offset <= days; offset++) {
      const date = from.plusDays(offset);
      const expected = financePayoff({ ...financeInput, paidInstallments: k, date });
      if (!expected.ok) throw expected.error;
      expect([date.toString(), balanceOn(contract, date.toString())]).toEqual([date.toString(), expected.value.payoff.toString()]);
      expect([date.toString(), payoffOn(contract, date.toString()).payoff]).toEqual([date.toString(), expected.value.payoff.toString()]);
    }
  });
});

describe('the contract as a finance position (docs/life-cycle.md principle 3)', () => {
  it('starts at the contract date and financed amount, with the booked rows and which are PAID', () => {
    const position = positionOf(payOnTime(book(), [2]).snapshot);
    expect([position.start.date, position.start.balance, position.installment, position.rate].map(String)).toEqual(['2026-04-10', '1000.00', '346.75', '0.02']);
    expect(position.rows.map((r) => [r.number, r.dueDate.toString(), r.installment.toString(), r.balance.toString(), r.paid])).toEqual([
      [1, '2026-05-10', '346.75', '673.25', false],
      [2, '2026-06-10', '346.75', '339.97', true],
      [3, '2026-07-10', '346.77', '0.00', false],
    ]);
  });
});
