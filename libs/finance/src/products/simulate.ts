import { Result, ok } from '../errors/result';
import { Cet, cet } from '../cet/cet';
import { iof } from '../iof/iof';
import { Money } from '../money/money';
import { DEFAULT_PARAMETERS, ParameterRegistry } from '../parameters/catalog';
import { MonthlyRate } from '../rates/monthly-rate';
import { PriceSchedule, priceSchedule } from '../schedule/price-schedule';
import { insurancePremium } from './insurance';
import { Offer, OfferRequest, resolveOffer } from './offer';
import { ProductCode } from './product';

export interface SimulationRequest extends OfferRequest {
  /** The amount the borrower asks for and receives (the CET's released amount). */
  readonly amount: Money;
}

export interface Simulation extends Cet {
  readonly product: ProductCode;
  readonly monthlyRate: MonthlyRate;
  readonly insurance: Money;
  readonly iof: Money;
  readonly iofMethod: Offer['iofMethod'];
  /** Principal of the schedule: amount + insurance + IOF. */
  readonly financed: Money;
  readonly installment: Money;
  readonly schedule: PriceSchedule;
  /** Ids of every parameter version the simulation used (D-1). */
  readonly parameterVersions: readonly string[];
}

/** Amounts financed with a requested amount under an offer: insurance, IOF and the total. */
export function financing(amount: Money, offer: Offer): { insurance: Money; iof: Money; financed: Money } {
  const insurance = offer.insurance ? insurancePremium(amount, offer.insurance.age, offer.term, offer.insurance.parameters) : Money.ZERO;
  const tax = iof(
    { base: amount, financedExtras: insurance, rate: offer.rate, term: offer.term, dates: offer.dates, method: offer.iofMethod },
    offer.iofParameters,
  );
  return { insurance, ...tax };
}

/**
 * A loan simulation (FINANCE.md, op `simulate`): rate → insurance (INSURANCE_NOT_ALLOWED on INSS
 * consignado) → IOF and the financed amount F → Price schedule on F → CET of the requested amount
 * against the schedule's installments. Product rules fail with SCORE_TOO_LOW, TERM_OUT_OF_RANGE,
 * GRACE_TOO_LONG, AGE_LIMIT_EXCEEDED or NO_PARAMETER_IN_FORCE.
 */
export function simulate(request: SimulationRequest, registry: ParameterRegistry = DEFAULT_PARAMETERS): Result<Simulation> {
  const offer = resolveOffer(request, registry);
  if (!offer.ok) return offer;
  const { rate, term, dates } = offer.value;
  const amounts = financing(request.amount, offer.value);
  const schedule = priceSchedule({ principal: amounts.financed, rate, term, dates });
  const payments = schedule.rows.map((row) => ({ amount: row.installment, date: dates.dueDate(row.number) }));
  const effective = cet({ released: request.amount, releaseDate: dates.contractDate, payments });
  if (!effective.ok) return effective;
  return ok({
    product: request.product,
    monthlyRate: rate,
    ...amounts,
    iofMethod: offer.value.iofMethod,
    installment: schedule.installment,
    ...effective.value,
    schedule,
    parameterVersions: offer.value.parameterVersions,
  });
}
