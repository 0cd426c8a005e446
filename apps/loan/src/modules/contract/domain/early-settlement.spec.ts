import { NOW, booked, expectValid, only, paidOnTime, rowsOf } from '../../../../test/fixtures/contracts';
import { installmentPayment, settlementPayment } from '../../../../test/fixtures/payments';
import type { Contract } from './contract';

const later = new Date('2026-05-25T15:00:00.000Z');
const NEW_CONTRACT = '99999999-8888-4777-8666-555555555555';
const NU = '202605250000000000007';

/** Hand-worked loan (1,000.00, 2% a.m., 3 × 346.75 from 2026-05-10) with `paid` paid on their due dates. */
const withPaid = (...paid: number[]): Contract => paidOnTime(booked(), paid);

describe('early settlement (R-LN-4; PaymentReceived purpose EARLY_SETTLEMENT)', () => {
  it.each<[string, number[], string, string, string]>([
    // #1 paid; 2026-05-25 is 15 days after due date 1: 673.25 + R(673.25 × (1.02^(15/30) − 1) = 6.6992) = 679.95;
    // the unpaid installments 346.75 + 346.77 = 693.52.
    ['between due dates: balance + pro-rata interest', [1], '2026-05-25', '679.95', '693.52'],
    // #1 paid, on due date 2 (31 days): 673.25 + R(673.25 × (1.02^(31/30) − 1) = 13.918) = 687.17.
    ['on the next due date', [1], '2026-06-10', '687.17', '693.52'],
    // Nothing paid, on the contract date: the principal, nothing of interest.
    ['on the contract date', [], '2026-04-10', '1000.00', '1040.27'],
    // Nothing paid, 2026-05-20: #1 10 days late 346.75 + 6.94 + 1.14 = 354.83, rest 673.25 + 4.46 = 677.71 → 1032.54.
    ['late: the consolidated debt', [], '2026-05-20', '1032.54', '1040.27'],
  ])('settles %s', (_label, paid, date, amount, remainingUndiscounted) => {
    const contract = withPaid(...paid);
    const payment = settlementPayment(contract.snapshot, amount, date);
    expect(contract.recordPayment({ ...payment, contractId: contract.id }, later)).toBe('SETTLED');
    expect(contract.status).toBe('SETTLED');
    expect(rowsOf(contract).map((r) => r[6])).toEqual([1, 2, 3].map((n) => (paid.includes(n) ? 'PAID' : 'SETTLED')));
    const events = contract.pullEvents();
    expect(events.map((e) => e.type)).toEqual(['ContractSettled', 'ContractPositionChanged']);
    expect(only(events, 'ContractSettled')).toEqual({
      contractId: contract.id, customerId: contract.snapshot.customerId, reason: 'EARLY_SETTLEMENT', settlementAmount: amount,
      remainingUndiscounted, paymentId: payment.paymentId, lastPaymentDate: date, settledAt: later.toISOString(),
    });
    expect(only(events, 'ContractPositionChanged')).toMatchObject({ status: 'SETTLED', installments: expect.arrayContaining([expect.objectContaining({ status: 'SETTLED' })]) });
    expectValid(events);
  });

  it.each([
    ['REFINANCED', { reason: 'REFINANCED' as const, replacedByContractId: NEW_CONTRACT }, { replacedByContractId: NEW_CONTRACT }],
    ['PORTED_OUT', { reason: 'PORTED_OUT' as const, portabilityNumber: NU }, { portabilityNumber: NU }],
  ])('settles %s with who replaced it, and keeps the settlement for the views', (reason, settlement, extra) => {
    const contract = withPaid(1);
    contract.recordPayment(settlementPayment(contract.snapshot, '679.95', '2026-05-25', { contractId: contract.id, source: 'REFINANCING', settlement }), later);
    expect(only(contract.pullEvents(), 'ContractSettled')).toMatchObject({ reason, settlementAmount: '679.95', ...extra });
    expect(contract.snapshot.settlement).toMatchObject({ reason, ...extra });
    expect(contract.snapshot.replacedByContractId).toBe(reason === 'REFINANCED' ? NEW_CONTRACT : undefined);
  });

  it('leaves an overpayment to the payment service: amount = unallocated + overpayment', () => {
    const contract = withPaid(1);
    expect(contract.recordPayment(settlementPayment(contract.snapshot, '679.95', '2026-05-25', { contractId: contract.id, overpayment: '20.05' }), later)).toBe('SETTLED');
    expect(String(contract.snapshot.settlement?.amount)).toBe('679.95');
  });

  it.each<[string, string, string, Record<string, unknown>, string, string]>([
    ['a cent short', '679.94', '2026-05-25', {}, 'CONTRACT.SETTLEMENT_AMOUNT_MISMATCH',
      'Valor da quitação (679.94) difere do calculado pelo contrato em 2026-05-25 (679.95, saldo para quitação).'],
    ['the payoff on another date (a stale quote)', '686.72', '2026-05-25', {}, 'CONTRACT.SETTLEMENT_AMOUNT_MISMATCH',
      'Valor da quitação (686.72) difere do calculado pelo contrato em 2026-05-25 (679.95, saldo para quitação).'],
    ['allocations', '679.95', '2026-05-25', { allocations: [{ installmentNumber: 2, amount: '346.75', fine: '0.00', mora: '0.00' }], amount: '1026.70' },
      'CONTRACT.INVALID_PAYMENT', 'Pagamento não corresponde ao contrato: quitação e amortização não alocam parcelas: o valor vem em unallocated.'],
    ['a total that does not add up', '679.95', '2026-05-25', { amount: '680.00' }, 'CONTRACT.INVALID_PAYMENT',
      'Pagamento não corresponde ao contrato: valor 680.00 difere da soma das alocações, do não alocado e do excedente (679.95).'],
    ['a date before the contract date', '1000.00', '2026-04-09', {}, 'CONTRACT.INVALID_PAYMENT',
      'Pagamento não corresponde ao contrato: data de pagamento 2026-04-09 anterior à data do contrato.'],
    ['another customer', '679.95', '2026-05-25', { customerId: '00000000-0000-4000-8000-000000000000' }, 'CONTRACT.INVALID_PAYMENT',
      'Pagamento não corresponde ao contrato: o cliente do pagamento não é o do contrato.'],
  ])('refuses %s and changes nothing', (_label, amount, date, overrides, code, message) => {
    const contract = withPaid(1);
    const before = JSON.stringify(contract.snapshot);
    const payment = settlementPayment(contract.snapshot, amount, date, { contractId: contract.id, ...overrides });
    expect(() => contract.recordPayment(payment, later)).toThrow(expect.objectContaining({ code, message }));
    expect([JSON.stringify(contract.snapshot), contract.pullEvents()]).toEqual([before, []]);
  });

  it('refuses money once settled (CONTRACT.SETTLED), an installment included', () => {
    const contract = withPaid(1);
    contract.recordPayment(settlementPayment(contract.snapshot, '679.95', '2026-05-25', { contractId: contract.id }), later);
    const installment = installmentPayment({ id: contract.id, customerId: contract.snapshot.customerId, installments: [{ number: 2, installment: '346.75' }] }, [{ number: 2 }], '2026-06-10');
    expect(() => contract.recordPayment(installment, NOW)).toThrow(expect.objectContaining({ code: 'CONTRACT.SETTLED' }));
  });
});
