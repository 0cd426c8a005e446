import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { Money } from '../money/money';
import { DEFAULT_PARAMETERS, ParameterRegistry } from '../parameters/catalog';
import { MonthlyRate } from '../rates/monthly-rate';
import { priceInstallment } from '../schedule/installment';
import { maxLoan } from '../schedule/max-loan';
import { OfferRequest, resolveOffer } from './offer';
import { financing } from './simulate';

export interface BorrowingCapacityRequest extends OfferRequest {
  /** The most the borrower may commit per month (e.g. the available INSS loan margin). */
  readonly installmentLimit: Money;
}

export interface BorrowingCapacity {
  /** Largest requested (released) amount, in cents, whose simulated installment fits the limit. */
  readonly amount: Money;
  readonly insurance: Money;
  readonly iof: Money;
  readonly financed: Money;
  readonly installment: Money;
  readonly monthlyRate: MonthlyRate;
  readonly parameterVersions: readonly string[];
}

/**
 * "How much can I borrow": the largest amount A (in cents) the customer can receive such that
 * the loan {@link simulate} would build for A fits `installmentLimit`. The limit bounds the
 * financed principal F = A + insurance + IOF through {@link maxLoan} (F·K ≤ limit, the margin
 * rule of D-2); F grows with A, so a binary search over cents finds the largest A with
 * F(A) ≤ maxLoan's principal. Net of IOF and insurance, unlike maxLoan itself.
 * INSUFFICIENT_MARGIN when not even R$ 0.01 fits; product rules fail as in simulate.
 */
export function borrowingCapacity(
  request: BorrowingCapacityRequest,
  registry: ParameterRegistry = DEFAULT_PARAMETERS,
): Result<BorrowingCapacity> {
  const offer = resolveOffer(request, registry);
  if (!offer.ok) return offer;
  const { rate, term, dates } = offer.value;
  const ceiling = maxLoan({ installment: request.installmentLimit, rate, term, dates }).principal;
  let low = 0n; // invariant: `low` fits (0 trivially); everything above `high` does not
  let high = ceiling.cents;
  while (low < high) {
    const mid = (low + high + 1n) / 2n;
    if (financing(Money.ofCents(mid), offer.value).financed.lte(ceiling)) low = mid;
    else high = mid - 1n;
  }
  if (low === 0n) return err(new FinanceError('INSUFFICIENT_MARGIN', 'Margem insuficiente para qualquer valor de empréstimo neste prazo.', 'installmentLimit'));
  const amounts = financing(Money.ofCents(low), offer.value);
  return ok({
    amount: Money.ofCents(low),
    ...amounts,
    installment: priceInstallment(amounts.financed, rate, term.months, dates.firstPeriodDays),
    monthlyRate: rate,
    parameterVersions: offer.value.parameterVersions,
  });
}
