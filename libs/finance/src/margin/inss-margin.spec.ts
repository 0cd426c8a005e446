import { Money } from '../money/money';
import { DEFAULT_PARAMETERS } from '../parameters/catalog';
import { inssMargin } from './inss-margin';

const parameters = DEFAULT_PARAMETERS.inssMargin.latest().value;

describe('inssMargin: 35% loan, 5% card, 5% benefit card, each half-up', () => {
  it.each<[string, string[], string[]]>([
    ['3210.55', ['150.00', '80.25'], ['1123.69', '893.44', '160.53', '160.53']],
    ['1000', ['400'], ['350.00', '0.00', '50.00', '50.00']], // over-committed: never below zero
    ['0.01', [], ['0.00', '0.00', '0.00', '0.00']],
    ['1412.00', [], ['494.20', '494.20', '70.60', '70.60']],
  ])('income %s, active %p', (income, active, expected) => {
    const m = inssMargin({ income: Money.of(income), activeInstallments: active.map(Money.of) }, parameters);
    expect([m.loanLimit, m.loanAvailable, m.cardLimit, m.benefitCardLimit].map(String)).toEqual(expected);
  });
});
