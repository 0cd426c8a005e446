import { Money } from '../money/money';
import { InssMargins } from '../parameters/parameter-types';

export interface InssMarginInput {
  /** Monthly benefit (or net income) the margins are a share of. */
  readonly income: Money;
  /** Installments of consignado loans already deducted from it. */
  readonly activeInstallments?: readonly Money[];
}

export interface InssMargin {
  readonly loanLimit: Money;
  /** loanLimit − active installments, never below zero. */
  readonly loanAvailable: Money;
  readonly cardLimit: Money;
  readonly benefitCardLimit: Money;
}

/** INSS consignable margins (35% loan + 5% card + 5% benefit card, D-1), each rounded half-up. */
export function inssMargin(input: InssMarginInput, parameters: InssMargins): InssMargin {
  const loanLimit = input.income.timesRounded(parameters.loan);
  const committed = Money.sum(input.activeInstallments ?? []);
  return {
    loanLimit,
    loanAvailable: Money.max(Money.ZERO, loanLimit.minus(committed)),
    cardLimit: input.income.timesRounded(parameters.card),
    benefitCardLimit: input.income.timesRounded(parameters.benefitCard),
  };
}
