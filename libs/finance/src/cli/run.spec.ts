import { runRequests } from './run';

const one = (op: string, input: unknown) => runRequests([{ op, input }])[0];
const code = (op: string, input: unknown) => {
  const result = one(op, input);
  return 'error' in result ? result.error.code : 'OK';
};

const price = { principal: '1000', monthlyRate: '0.02', term: 12 };
const dated = { ...price, contractDate: '2026-03-10', firstDueDate: '2026-04-10' };

// The life-cycle ops on the 12-month loan above; the vectors check their numbers, these their wiring.
const refi = { ...dated, paidInstallments: 3, date: '2026-06-20', newMonthlyRate: '0.018', newTerm: 12, newFirstDueDate: '2026-07-20', troco: '100' };
const porting = { balance: '1000', remainingInstallments: 10, originInstallment: '200', monthlyRate: '0.02', contractDate: '2026-03-10', firstDueDate: '2026-04-10' };
const workout = { ...dated, paidInstallments: 1, date: '2026-06-01', capacity: '200', maxTerm: 24 };

describe('runRequests (finance:calc contract)', () => {
  it('answers every request in order, one bad request never stops the others', () => {
    const results = runRequests([
      { op: 'annualRate', input: { monthlyRate: '0.02' } },
      { op: 'frobnicate', input: {} },
      { op: 'price', input: { ...price, term: 0 } },
      'not an object',
      { op: 'margin', input: { income: '1000' } },
    ]);
    expect(results.map((r) => ('error' in r ? r.error.code : 'OK'))).toEqual(['OK', 'UNKNOWN_OP', 'INVALID_INPUT', 'INVALID_INPUT', 'OK']);
    expect(results[0]).toEqual({ output: { annualRate: '0.268242' } });
  });

  it('gives pt-BR messages with the error codes', () => {
    const result = one('price', { ...price, principal: '-1' });
    expect(result).toEqual({ error: { code: 'INVALID_INPUT', message: 'Valor em principal deve ser maior que zero.' } });
  });

  it.each<[string, string, unknown]>([
    ['missing principal', 'price', { monthlyRate: '0.02', term: 12 }],
    ['principal as a JS number', 'price', { ...price, principal: 1000 }],
    ['principal with 3 decimals', 'price', { ...price, principal: '1000.001' }],
    ['zero principal', 'price', { ...price, principal: '0' }],
    ['rate 1', 'price', { ...price, monthlyRate: '1' }],
    ['negative rate', 'price', { ...price, monthlyRate: '-0.01' }],
    ['rate as a number', 'price', { ...price, monthlyRate: 0.02 }],
    ['term 481', 'price', { ...price, term: 481 }],
    ['fractional term', 'price', { ...price, term: 12.5 }],
    ['term as text', 'price', { ...price, term: '12' }],
    ['first due date on the contract date', 'price', { ...dated, firstDueDate: '2026-03-10' }],
    ['first due date before the contract', 'price', { ...dated, firstDueDate: '2026-03-01' }],
    ['contract date without a first due date', 'price', { ...price, contractDate: '2026-03-10' }],
    ['February 30', 'price', { ...dated, firstDueDate: '2026-02-30' }],
    ['a DD/MM/AAAA date', 'price', { ...dated, firstDueDate: '10/04/2026' }],
    ['input not an object', 'price', [1, 2]],
    ['input missing', 'price', undefined],
    ['negative days', 'proRataInterest', { balance: '100', monthlyRate: '0.02', days: -1 }],
    ['paid installments above the term', 'payoff', { ...dated, paidInstallments: 13, date: '2026-05-01' }],
    ['payoff without dates', 'payoff', { ...price, paidInstallments: 1, date: '2026-05-01' }],
    ['unknown IOF method', 'iof', { base: '1000', monthlyRate: '0.02', term: 12, contractDate: '2026-03-10', firstDueDate: '2026-04-10', method: 'X' }],
    ['negative financed extras', 'iof', { base: '1000', financedExtras: '-1', monthlyRate: '0.02', term: 12, contractDate: '2026-03-10', firstDueDate: '2026-04-10' }],
    ['payments not a list', 'cet', { released: '1000', releaseDate: '2026-01-01', payments: {} }],
    ['a payment on the release date', 'cet', { released: '1000', releaseDate: '2026-01-01', payments: [{ amount: '1100', date: '2026-01-01' }] }],
    ['age below 18', 'insurance', { base: '1000', age: 17, term: 12 }],
    ['unknown product', 'rate', { product: 'CARTAO', term: 24 }],
    ['servant term out of range', 'rate', { product: 'SERVIDOR_CONSIGNADO', term: 96 }],
    ['score above 1000', 'rate', { product: 'PERSONAL', score: 1001 }],
    ['INSS rate without a contract date', 'rate', { product: 'INSS_CONSIGNADO' }],
    ['INSS rate before the parameter history', 'rate', { product: 'INSS_CONSIGNADO', contractDate: '2024-01-01' }],
    ['a zero active installment', 'margin', { income: '1000', activeInstallments: ['0'] }],
    ['simulate over the INSS maximum term', 'simulate', { product: 'INSS_CONSIGNADO', amount: '1000', term: 97, contractDate: '2026-03-10', firstDueDate: '2026-04-10' }],
    ['simulate with insurance not boolean', 'simulate', { product: 'SERVIDOR_CONSIGNADO', amount: '1000', term: 36, insurance: 'yes', contractDate: '2026-03-10', firstDueDate: '2026-04-10' }],
    ['extra amortization with an unknown mode', 'extraAmortization', { ...dated, paidInstallments: 2, date: '2026-05-20', amount: '100', mode: 'SKIP' }],
    ['extra amortization without an amount', 'extraAmortization', { ...dated, paidInstallments: 2, date: '2026-05-20', mode: 'REDUCE_TERM' }],
    ['refinance with a negative troco', 'refinance', { ...refi, troco: '-1' }],
    ['refinance with the new first due date on the date', 'refinance', { ...refi, newFirstDueDate: '2026-06-20' }],
    ['portability with no remaining installments', 'portabilityQuote', { ...porting, remainingInstallments: 0 }],
    ['workout with a discount above 1', 'workoutOffer', { ...workout, lateChargesDiscount: '1.5' }],
    ['workout with a discount as a number', 'workoutOffer', { ...workout, lateChargesDiscount: 0.5 }],
    ['workout with 366 days of grace', 'workoutOffer', { ...workout, graceDays: 366 }],
    ['workout with a zero maximum term', 'workoutOffer', { ...workout, maxTerm: 0 }],
    ['simulate reaching the age limit', 'simulate', { product: 'SERVIDOR_CONSIGNADO', amount: '1000', term: 36, age: 79, contractDate: '2026-03-10', firstDueDate: '2026-04-10' }],
  ])('INVALID_INPUT: %s', (_name, op, input) => {
    expect(code(op, input)).toBe('INVALID_INPUT');
  });

  it.each<[string, unknown, string]>([
    ['op missing', { input: {} }, 'INVALID_INPUT'],
    ['op not text', { op: 7, input: {} }, 'INVALID_INPUT'],
    ['op from the prototype', { op: 'constructor', input: {} }, 'UNKNOWN_OP'],
    ['op unknown even without input', { op: 'frobnicate' }, 'UNKNOWN_OP'],
  ])('%s', (_name, request, expected) => {
    const [result] = runRequests([request]);
    expect('error' in result && result.error.code).toBe(expected);
  });

  it('serves every op of the contract', () => {
    const ok = [
      ['price', dated],
      ['dailyRate', { monthlyRate: '0.02' }],
      ['annualRate', { monthlyRate: '0.02' }],
      ['proRataInterest', { balance: '5000', monthlyRate: '0.02', days: 10 }],
      ['maxLoan', { installment: '700', monthlyRate: '0.0185', term: 84 }],
      ['payoff', { ...dated, paidInstallments: 2, date: '2026-05-20' }],
      ['lateCharges', { installment: '100.00', dueDate: '2026-05-10', paymentDate: '2026-05-11' }],
      ['iof', { base: '1000', monthlyRate: '0.03', term: 6, contractDate: '2026-01-15', firstDueDate: '2026-02-15' }],
      ['cet', { released: '1000', releaseDate: '2026-01-01', payments: [{ amount: '1100.15', date: '2027-01-01' }] }],
      ['insurance', { base: '25000', age: 45, term: 60 }],
      ['rate', { product: 'INSS_CONSIGNADO', contractDate: '2025-01-15', monthlyRate: '0.02' }],
      ['margin', { income: '3210.55', activeInstallments: ['150.00', '80.25'] }],
      ['simulate', { product: 'PERSONAL', amount: '3000', term: 18, score: 750, contractDate: '2026-02-28', firstDueDate: '2026-03-31' }],
      ['extraAmortization', { ...dated, paidInstallments: 2, date: '2026-05-20', amount: '100', mode: 'REDUCE_TERM' }],
      ['refinance', refi],
      ['portabilityQuote', porting],
      ['workoutOffer', workout],
    ] as const;
    const results = runRequests(ok.map(([op, input]) => ({ op, input })));
    expect(results.every((r) => 'output' in r)).toBe(true);
    const outputs = results.map((r) => ('output' in r ? r.output : {}));
    expect(outputs[3]).toEqual({ interest: '33.11' });
    expect(outputs[4]).toEqual({ principal: '29724.50', installment: '700.00' });
    expect(outputs[6]).toEqual({ daysLate: 1, fine: '2.00', mora: '0.03', total: '102.03' });
    expect(outputs[7]).toEqual({ iof: '12.82', financed: '1012.82' });
    expect(outputs[8]).toEqual({ annualPercent: '10.02', monthlyPercent: '0.80' });
    expect(outputs[10]).toMatchObject({ monthlyRate: '0.018', parameterVersion: 'INSS-CAP-2025-01' });
    expect(outputs[11]).toMatchObject({ loanLimit: '1123.69', loanAvailable: '893.44', cardLimit: '160.53', benefitCardLimit: '160.53' });
    expect(outputs[12]).toMatchObject({ monthlyRate: '0.091156', iof: '87.74', installment: '356.42', cetAnnualPercent: '199.03' });
    expect((outputs[0]['schedule'] as unknown[])[0]).toHaveProperty('dueDate', '2026-04-10');
    expect(Object.keys(outputs[13])).toEqual(['balance', 'interestSettled', 'remainingInstallments', 'installment', 'schedule']);
    expect(Object.keys(outputs[14])).toEqual(['oldPayoff', 'troco', 'iof', 'financedAmount', 'installment', 'cetMonthlyPercent', 'cetAnnualPercent', 'schedule']);
    expect(Object.keys(outputs[15])).toEqual(['term', 'installment', 'totalPaid', 'installmentSaving', 'totalSaving', 'cetMonthlyPercent', 'cetAnnualPercent']);
    expect(Object.keys(outputs[16])).toEqual([
      'overdueCount', 'overdueAmount', 'fine', 'mora', 'discount', 'remainingPayoff', 'debt', 'term', 'installment', 'firstDueDate', 'totalPaid',
    ]);
  });

  it('passes business errors through with their own codes', () => {
    expect(code('rate', { product: 'PERSONAL', score: 200 })).toBe('SCORE_TOO_LOW');
    expect(code('payoff', { ...dated, paidInstallments: 12, date: '2027-04-10' })).toBe('CONTRACT_SETTLED');
    expect(code('payoff', { ...dated, paidInstallments: 2, date: '2026-05-01' })).toBe('DATE_BEFORE_LAST_PAYMENT');
    expect(code('payoff', { ...dated, paidInstallments: 2, date: '2026-06-11' })).toBe('OVERDUE_INSTALLMENTS');
    expect(
      code('simulate', { product: 'INSS_CONSIGNADO', amount: '1000', term: 96, insurance: true, age: 60, contractDate: '2026-03-10', firstDueDate: '2026-04-10' }),
    ).toBe('INSURANCE_NOT_ALLOWED');
    expect(code('extraAmortization', { ...dated, paidInstallments: 2, date: '2026-05-20', amount: '5000', mode: 'REDUCE_TERM' })).toBe('EXTRA_AMOUNT_SETTLES_CONTRACT');
    expect(code('extraAmortization', { ...dated, paidInstallments: 2, date: '2026-05-20', amount: '0.01', mode: 'REDUCE_TERM' })).toBe('EXTRA_AMOUNT_TOO_SMALL');
    expect(code('refinance', { ...refi, paidInstallments: 2 })).toBe('REFINANCE_TOO_EARLY');
    expect(code('portabilityQuote', { ...porting, term: 11 })).toBe('TERM_EXCEEDS_REMAINING');
    expect(code('portabilityQuote', { ...porting, originInstallment: '50' })).toBe('NO_SAVING');
    expect(code('workoutOffer', { ...workout, date: '2026-05-01' })).toBe('NO_OVERDUE_INSTALLMENTS');
    expect(code('workoutOffer', { ...workout, capacity: '1' })).toBe('NO_FEASIBLE_TERM');
  });
});
