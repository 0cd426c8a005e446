import { FinanceError } from '../errors/finance-error';
import { Result, err, ok } from '../errors/result';
import { IofMethod } from '../iof/iof';
import { ParameterRegistry } from '../parameters/catalog';
import { InsuranceParameters, IofParameters } from '../parameters/parameter-types';
import { MonthlyRate } from '../rates/monthly-rate';
import { LoanDates } from '../schedule/loan-dates';
import { LoanTerm } from '../schedule/loan-term';
import { checkAge, checkGrace, checkPayrollFirstDue, checkTerm } from './eligibility';
import { ProductCode } from './product';
import { inssRate, personalRate, servantRate } from './product-rate';

export interface OfferRequest {
  readonly product: ProductCode;
  readonly term: LoanTerm;
  readonly dates: LoanDates;
  /** INSS only: the product's configured rate (defaults to, and never exceeds, the cap in force). */
  readonly monthlyRate?: MonthlyRate;
  /** PERSONAL only: the credit score 0..1000. */
  readonly score?: number;
  /** Credit-life insurance financed with the loan (not on INSS consignado). */
  readonly insurance?: boolean;
  /** Completed years at the contract date (D-9); required with insurance. */
  readonly age?: number;
  readonly iofMethod?: IofMethod;
}

/** The priced terms of an offer and the parameter versions they came from. */
export interface Offer {
  readonly product: ProductCode;
  readonly rate: MonthlyRate;
  readonly term: LoanTerm;
  readonly dates: LoanDates;
  readonly insurance?: { readonly age: number; readonly parameters: InsuranceParameters };
  readonly iofMethod: IofMethod;
  readonly iofParameters: IofParameters;
  readonly parameterVersions: readonly string[];
}

/**
 * Prices an offer on its contract date: the product's rate and rules (term range; grace, which for
 * INSS means a first due date beyond the payroll calendar of D-10; age at the end), insurance
 * eligibility, and the IOF parameters, each from the version then in force.
 */
export function resolveOffer(request: OfferRequest, registry: ParameterRegistry): Result<Offer> {
  const date = request.dates.contractDate;
  const versions: string[] = [];
  const priced = priceProduct(request, registry, versions);
  if (!priced.ok) return priced;
  let insurance: Offer['insurance'];
  if (request.insurance) {
    if (request.product === 'INSS_CONSIGNADO') {
      return err(new FinanceError('INSURANCE_NOT_ALLOWED', 'O consignado INSS não admite seguro prestamista no desconto (IN 138/2022).', 'insurance'));
    }
    if (request.age === undefined) return err(new FinanceError('INVALID_INPUT', 'Informe a idade para calcular o seguro.', 'age'));
    const parameters = registry.insurance.at(date);
    if (!parameters.ok) return parameters;
    versions.push(parameters.value.id);
    insurance = { age: request.age, parameters: parameters.value.value };
  }
  const iof = registry.iof.at(date);
  if (!iof.ok) return iof;
  versions.push(iof.value.id);
  return ok({
    product: request.product,
    rate: priced.value,
    term: request.term,
    dates: request.dates,
    insurance,
    iofMethod: request.iofMethod ?? 'DECREE',
    iofParameters: iof.value.value,
    parameterVersions: versions,
  });
}

function priceProduct(request: OfferRequest, registry: ParameterRegistry, versions: string[]): Result<MonthlyRate> {
  const { term, dates, age } = request;
  const date = dates.contractDate;
  if (request.product === 'INSS_CONSIGNADO') {
    const caps = registry.inssRateCap.at(date);
    const maxTerm = registry.inssMaxTerm.at(date);
    if (!caps.ok) return caps;
    if (!maxTerm.ok) return maxTerm;
    versions.push(caps.value.id, maxTerm.value.id);
    const limits = maxTerm.value.value;
    const rule = checkTerm(term, 1, limits.maxMonths) ?? checkPayrollFirstDue(dates, limits.maxFirstPeriodDays);
    return rule ? err(rule) : ok(inssRate(request.monthlyRate, caps.value.value));
  }
  if (request.product === 'SERVIDOR_CONSIGNADO') {
    const servant = registry.servant.at(date);
    if (!servant.ok) return servant;
    versions.push(servant.value.id);
    const p = servant.value.value;
    const rule = checkGrace(dates, p.maxGraceDays) ?? checkAge(age, term, p.maxAgeAtEnd);
    return rule ? err(rule) : servantRate(term, p);
  }
  const personal = registry.personal.at(date);
  if (!personal.ok) return personal;
  versions.push(personal.value.id);
  const p = personal.value.value;
  if (request.score === undefined) return err(new FinanceError('INVALID_INPUT', 'Informe o score de crédito.', 'score'));
  const rate = personalRate(request.score, p);
  if (!rate.ok) return rate;
  const rule = checkTerm(term, p.minTermMonths, p.maxTermMonths) ?? checkGrace(dates, p.maxGraceDays) ?? checkAge(age, term, p.maxAgeAtEnd);
  return rule ? err(rule) : rate;
}
