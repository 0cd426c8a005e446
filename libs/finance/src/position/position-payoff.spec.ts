import { HAND, SIX, d, positionOf } from '../../test/support/contracts';
import { unwrap } from '../errors/result';
import { positionPayoff } from './position-payoff';

// Contracts of test/support/contracts.ts; expectations worked out by hand (Python decimal, 60 digits, for the roots).
describe('positionPayoff', () => {
  it.each<[string, number[], string, [string, string, string, string, string]]>([
    // Nothing paid, on the contract date: the principal, no interest.
    ['nothing paid, contract date', [], '2026-04-10', ['1000.00', '0.00', '0.00', '1000.00', '1040.27']],
    // #1 paid, 30 days after its due date: 673.25 + R(673.25 × 0.02 = 13.465) = 686.72.
    ['#1 paid, a month on', [1], '2026-06-09', ['673.25', '13.47', '0.00', '686.72', '693.52']],
    // #1 paid, on #2's due date (31 days): 673.25 + R(673.25 × (1.02^(31/30) − 1) = 13.918) = 687.17.
    ['#1 paid, #2 due today', [1], '2026-06-10', ['673.25', '13.92', '0.00', '687.17', '693.52']],
    // #2 paid ahead, on #1's due date: 1000 + 20.00 − R(346.75 / 1.02^(31/30) = 339.7267) 339.73 = 680.27.
    ['#2 paid ahead', [2], '2026-05-10', ['1000.00', '20.00', '339.73', '680.27', '693.52']],
    // #1 and #3 paid, 05-25: 673.25 + R(673.25 × (1.02^(15/30) − 1) = 6.6992) 6.70 − R(346.77 / 1.02^(46/30) = 336.3989) 336.40 = 343.55.
    ['#3 paid ahead of #2', [1, 3], '2026-05-25', ['673.25', '6.70', '336.40', '343.55', '346.75']],
    // #1 paid ahead, the day before it falls due: from the start, 1000 + R(1000 × (1.02^(29/30) − 1) = 19.3269) 19.33 − R(346.75 / 1.02^(1/30) = 346.5212) 346.52 = 672.81.
    ['#1 paid ahead of its due date', [1], '2026-05-09', ['1000.00', '19.33', '346.52', '672.81', '693.52']],
    // #1 and #2 paid, 05-25: anchored on #1 (due), 673.25 + 6.70 − R(346.75 / 1.02^(16/30) = 343.1071) 343.11 = 336.84.
    ['#2 in the paid prefix, not yet due', [1, 2], '2026-05-25', ['673.25', '6.70', '343.11', '336.84', '346.77']],
  ])('%s: %j paid, on %s', (_name, paid, date, expected) => {
    const q = unwrap(positionPayoff(positionOf(HAND, ...paid), d(date)));
    expect([q.balance, q.interest, q.prepaidDiscount, q.payoff, q.remainingUndiscounted].map(String)).toEqual(expected);
  });

  it('two paid on SIX, 15 days after #2: 2030.63 + R(2030.63 × (1.015^(15/30) − 1) = 15.1730) = 2045.80', () => {
    expect(unwrap(positionPayoff(positionOf(SIX, 1, 2), d('2026-03-25'))).payoff.toString()).toBe('2045.80');
  });

  it.each<[string, number[], string, string, string]>([
    ['every row paid', [1, 2, 3], '2026-07-10', 'CONTRACT_SETTLED', 'Contrato já quitado: todas as parcelas foram pagas.'],
    ['a date before the start', [], '2026-04-09', 'DATE_BEFORE_LAST_PAYMENT', 'A data de quitação não pode ser anterior a 2026-04-10.'],
    ['a date after an unpaid due date', [2], '2026-05-11', 'OVERDUE_INSTALLMENTS', 'Há parcelas vencidas e não pagas: regularize-as antes de quitar o contrato.'],
  ])('refuses %s', (_name, paid, date, code, message) => {
    const result = positionPayoff(positionOf(HAND, ...paid), d(date));
    expect(result.ok ? 'ok' : [result.error.code, result.error.message]).toEqual([code, message]);
  });
});
