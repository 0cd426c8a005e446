import { IsoDate } from '@consignado/finance';
import { booked, expectValid, only, paidOnTime, payable, rowsOf } from '../../../../test/fixtures/contracts';
import { amortizationPayment, installmentPayment } from '../../../../test/fixtures/payments';
import type { Contract } from './contract';

const at = new Date('2026-05-10T15:00:00.000Z');

/** Hand-worked loan (1,000.00, 2% a.m., 3 × 346.75) with #1 paid, then `amount` amortized on `date` in `mode`. */
function amortized(amount: string, date: string, mode: 'REDUCE_TERM' | 'REDUCE_INSTALLMENT'): { contract: Contract; paymentId: string } {
  const contract = paidOnTime(booked(), [1]);
  const payment = amortizationPayment(contract.snapshot, amount, date, mode, { contractId: contract.id });
  expect(contract.recordPayment(payment, at)).toBe('AMENDED');
  return { contract, paymentId: payment.paymentId };
}
const plan = (c: Contract) => Object.values(c.snapshot.plan).map(String);

describe('extraordinary amortization (R-LN-5; PaymentReceived purpose EXTRA_AMORTIZATION)', () => {
  it('REDUCE_INSTALLMENT re-plans the unpaid rows on the new balance and raises ContractAmended', () => {
    // On due date 1 (#1 paid) the payoff is B_1 = 673.25 with no interest; 273.25 leaves B′ = 400.00 over 2 rows,
    // first period 31 days: PMT = R(400 × 1.02^(1/30) × 0.02 / (1 − 1.02^−2)) = R(206.1558) = 206.16;
    // #2 interest R(400 × (1.02^(31/30) − 1) = 8.2694) = 8.27, amortization 197.89, balance 202.11;
    // #3 interest R(202.11 × 0.02 = 4.0422) = 4.04 and closes: 206.15.
    const { contract, paymentId } = amortized('273.25', '2026-05-10', 'REDUCE_INSTALLMENT');
    expect(rowsOf(contract)).toEqual([
      ['1', '2026-05-10', '346.75', '20.00', '326.75', '673.25', 'PAID'],
      ['2', '2026-06-10', '206.16', '8.27', '197.89', '202.11', 'PENDING'],
      ['3', '2026-07-10', '206.15', '4.04', '202.11', '0.00', 'PENDING'],
    ]);
    expect(plan(contract)).toEqual(['2026-05-10', '400.00', '1', '206.16', '3']);
    const events = contract.pullEvents();
    expect(events.map((e) => e.type)).toEqual(['ContractAmended', 'ContractPositionChanged']);
    expect(only(events, 'ContractAmended')).toEqual({
      contractId: contract.id, customerId: contract.snapshot.customerId, paymentId, reason: 'EXTRA_AMORTIZATION', mode: 'REDUCE_INSTALLMENT',
      amount: '273.25', interestSettled: '0.00', effectiveDate: '2026-05-10', balance: '400.00', previousInstallmentAmount: '346.75',
      installmentAmount: '206.16', remainingInstallments: 2, termMonths: 3,
      schedule: [
        { number: 2, dueDate: '2026-06-10', amount: '206.16', interest: '8.27', amortization: '197.89', balance: '202.11' },
        { number: 3, dueDate: '2026-07-10', amount: '206.15', interest: '4.04', amortization: '202.11', balance: '0.00' },
      ],
      amendedAt: at.toISOString(),
    });
    expect(only(events, 'ContractPositionChanged')).toMatchObject({ termMonths: 3, installmentAmount: '206.16', planStart: { date: '2026-05-10', balance: '400.00', afterInstallment: 1 } });
    expectValid(events);
  });

  it('REDUCE_TERM keeps the installment and drops the rows past the new last one', () => {
    // B′ = 673.25 − 373.25 = 300.00; #2: interest R(300 × 0.0206735 = 6.2021) = 6.20, 306.20 ≤ 346.75 closes the loan.
    const { contract } = amortized('373.25', '2026-05-10', 'REDUCE_TERM');
    expect(rowsOf(contract)).toEqual([
      ['1', '2026-05-10', '346.75', '20.00', '326.75', '673.25', 'PAID'],
      ['2', '2026-06-10', '306.20', '6.20', '300.00', '0.00', 'PENDING'],
    ]);
    expect(plan(contract)).toEqual(['2026-05-10', '300.00', '1', '346.75', '2']);
    expect(only(contract.pullEvents(), 'ContractAmended')).toMatchObject({ installmentAmount: '346.75', previousInstallmentAmount: '346.75', remainingInstallments: 1, termMonths: 2 });
  });

  it('between due dates pays the pro-rata interest first', () => {
    // 2026-05-25: payoff 679.95 of which interest 6.70; 279.95 leaves B′ = 400.00 over 16 days to 06-10:
    // #2 interest R(400 × (1.02^(16/30) − 1) = 4.2469) = 4.25, PMT R(204.1247) = 204.12, balance 200.13;
    // #3 interest R(200.13 × 0.02 = 4.0026) = 4.00 → 204.13.
    const { contract } = amortized('279.95', '2026-05-25', 'REDUCE_INSTALLMENT');
    expect(rowsOf(contract).slice(1).map((r) => r.slice(2, 6))).toEqual([['204.12', '4.25', '199.87', '200.13'], ['204.13', '4.00', '200.13', '0.00']]);
    expect(only(contract.pullEvents(), 'ContractAmended')).toMatchObject({ interestSettled: '6.70', balance: '400.00', effectiveDate: '2026-05-25' });
  });

  describe('the amended contract is valued and paid on its new plan', () => {
    const reduced = () => amortized('273.25', '2026-05-10', 'REDUCE_INSTALLMENT').contract;

    it('payoff: B′ + pro-rata interest from the amortization date', () => {
      // 400.00 + R(400 × (1.02^(15/30) − 1) = 3.9802) = 403.98 (the original plan would say 679.95).
      const quote = reduced().settlementQuote(IsoDate.of('2026-05-25'));
      if (!quote.ok) throw quote.error;
      expect([quote.value.kind, String(quote.value.amount), String(quote.value.remainingUndiscounted)]).toEqual(['PAYOFF', '403.98', '412.31']);
      const balance = reduced().updatedBalance(IsoDate.of('2026-05-25'));
      expect(balance.ok && String(balance.value)).toBe('403.98');
    });

    it('an installment of the new plan paid late, with its own charges, then the last one settles', () => {
      // #2 206.16 paid 2026-06-20 (10 days late): fine R(4.1232) = 4.12, mora R(206.16 × 0.00033 × 10 = 0.6803) = 0.68.
      const contract = reduced();
      const wrong = installmentPayment(payable(contract), [{ number: 2, fine: '6.94', mora: '1.14' }], '2026-06-20');
      expect(() => contract.recordPayment(wrong, at)).toThrow(expect.objectContaining({ code: 'CONTRACT.INVALID_ALLOCATION' }));
      expect(contract.recordPayment(installmentPayment(payable(contract), [{ number: 2, fine: '4.12', mora: '0.68' }], '2026-06-20'), at)).toBe('APPLIED');
      expect(contract.recordPayment(installmentPayment(payable(contract), [{ number: 3 }], '2026-07-10'), at)).toBe('SETTLED');
      expect(only(contract.pullEvents(), 'ContractSettled')).toMatchObject({ reason: 'PAID_OFF', lastPaymentDate: '2026-07-10' });
    });

    it('a later amortization starts from the amended plan and its installment', () => {
      // On 2026-06-10 the payoff is 400.00 + 8.27 = 408.27; 200.00 leaves 208.27. REDUCE_TERM keeps 206.16 (the
      // amended installment; 346.75 would close at once): #2 falls due that day (no interest) and pays 206.16,
      // leaving 2.11; #3 closes with R(2.11 × 0.02 = 0.0422) = 0.04 → 2.15.
      const contract = reduced();
      contract.recordPayment(amortizationPayment(contract.snapshot, '200.00', '2026-06-10', 'REDUCE_TERM', { contractId: contract.id }), at);
      expect(rowsOf(contract).slice(1).map((r) => r.slice(2, 6))).toEqual([['206.16', '0.00', '206.16', '2.11'], ['2.15', '0.04', '2.11', '0.00']]);
      expect(plan(contract)).toEqual(['2026-06-10', '208.27', '1', '206.16', '3']);
    });

    it('refuses a balance or payment date before the amended plan starts', () => {
      const contract = reduced();
      const balance = contract.updatedBalance(IsoDate.of('2026-05-09'));
      expect(balance.ok ? 'ok' : balance.error.code).toBe('CONTRACT.BALANCE_DATE_INVALID');
      const early = installmentPayment(payable(contract), [{ number: 2 }], '2026-05-09');
      expect(() => contract.recordPayment(early, at)).toThrow(expect.objectContaining({ code: 'CONTRACT.INVALID_PAYMENT' }));
    });
  });

  it.each<[string, number[], string, string, 'REDUCE_TERM' | 'REDUCE_INSTALLMENT' | undefined, string]>([
    ['an amount that settles (the payoff on due date 1 is 673.25)', [1], '673.25', '2026-05-10', 'REDUCE_TERM', 'CONTRACT.EXTRA_AMOUNT_SETTLES_CONTRACT'],
    ['an amount that only covers the interest (6.70 on 05-25)', [1], '6.70', '2026-05-25', 'REDUCE_TERM', 'CONTRACT.EXTRA_AMOUNT_TOO_SMALL'],
    ['a contract with an overdue installment', [], '100.00', '2026-05-20', 'REDUCE_INSTALLMENT', 'CONTRACT.OVERDUE_INSTALLMENTS'],
    ['an installment paid ahead (#2 before #1)', [2], '100.00', '2026-05-10', 'REDUCE_INSTALLMENT', 'CONTRACT.INSTALLMENTS_PAID_AHEAD'],
    ['no mode', [1], '100.00', '2026-05-10', undefined, 'CONTRACT.INVALID_PAYMENT'],
  ])('refuses %s and changes nothing', (_label, paid, amount, date, mode, code) => {
    const contract = paidOnTime(booked(), paid);
    const before = JSON.stringify(contract.snapshot);
    const payment = amortizationPayment(contract.snapshot, amount, date, mode ?? 'REDUCE_TERM', { contractId: contract.id, amortizationMode: mode });
    if (!mode) delete payment.amortizationMode;
    expect(() => contract.recordPayment(payment, at)).toThrow(expect.objectContaining({ code }));
    expect([JSON.stringify(contract.snapshot), contract.pullEvents()]).toEqual([before, []]);
  });
});
