import { cet } from '../cet/cet';
import { IsoDate } from '../dates/iso-date';
import { IOF_METHODS, iof } from '../iof/iof';
import { inssMargin } from '../margin/inss-margin';
import { DEFAULT_PARAMETERS } from '../parameters/catalog';
import { EffectiveDated, ParameterVersion } from '../parameters/effective-dated';
import { insurancePremium } from '../products/insurance';
import { PRODUCTS } from '../products/product';
import { inssRate, personalRate, servantRate } from '../products/product-rate';
import { simulate } from '../products/simulate';
import { asObject, expectOk, Fields } from './fields';
import { OpHandler, moneyList } from './ops-loan';
import { rowJson } from './serialize';

const P = DEFAULT_PARAMETERS;
const MAX_AGE = 120;
const MIN_AGE = 18;

/** The version in force on `date`, or the latest when the request carries no date. */
const versionOn = <T>(set: EffectiveDated<T>, date?: IsoDate): ParameterVersion<T> => (date ? expectOk(set.at(date)) : set.latest());

export const productOps: Readonly<Record<string, OpHandler>> = {
  iof: (f) => {
    const dates = f.dates();
    const result = iof(
      {
        base: f.positiveMoney('base'),
        financedExtras: f.optionalMoney('financedExtras'),
        rate: f.rate(),
        term: f.term(),
        dates,
        method: f.oneOf('method', IOF_METHODS, 'DECREE'),
      },
      expectOk(P.iof.at(dates.contractDate)).value,
    );
    return { iof: result.iof.toString(), financed: result.financed.toString() };
  },

  cet: (f) => {
    const payments = f.array('payments', true).map((item, index) => {
      const payment = new Fields(asObject(item, `payments[${index}]`));
      return { amount: payment.positiveMoney('amount'), date: payment.date('date') };
    });
    const result = expectOk(cet({ released: f.positiveMoney('released'), releaseDate: f.date('releaseDate'), payments }));
    return { annualPercent: result.annualPercent.toFixed(2), monthlyPercent: result.monthlyPercent.toFixed(2) };
  },

  insurance: (f) => {
    const parameters = versionOn(P.insurance, f.optionalDate('contractDate')).value;
    return { insurance: insurancePremium(f.positiveMoney('base'), f.integer('age', MIN_AGE, MAX_AGE), f.term(), parameters).toString() };
  },

  rate: (f) => {
    const product = f.oneOf('product', PRODUCTS);
    const date = f.optionalDate('contractDate');
    if (product === 'SERVIDOR_CONSIGNADO') {
      const version = versionOn(P.servant, date);
      return { monthlyRate: expectOk(servantRate(f.term(), version.value)).toString(), parameterVersion: version.id };
    }
    if (product === 'PERSONAL') {
      const version = versionOn(P.personal, date);
      return { monthlyRate: expectOk(personalRate(f.integer('score', 0, 1000), version.value)).toString(), parameterVersion: version.id };
    }
    const version = expectOk(P.inssRateCap.at(f.date('contractDate')));
    const configured = f.has('monthlyRate') ? f.rate() : undefined;
    return { monthlyRate: inssRate(configured, version.value).toString(), parameterVersion: version.id };
  },

  margin: (f) => {
    const version = versionOn(P.inssMargin, f.optionalDate('date'));
    const result = inssMargin(
      { income: f.positiveMoney('income'), activeInstallments: moneyList(f.array('activeInstallments', false), 'activeInstallments') },
      version.value,
    );
    return {
      loanLimit: result.loanLimit.toString(),
      loanAvailable: result.loanAvailable.toString(),
      cardLimit: result.cardLimit.toString(),
      benefitCardLimit: result.benefitCardLimit.toString(),
      parameterVersion: version.id,
    };
  },

  simulate: (f) => {
    const product = f.oneOf('product', PRODUCTS);
    const s = expectOk(
      simulate({
        product,
        amount: f.positiveMoney('amount'),
        term: f.term(),
        dates: f.dates(),
        monthlyRate: product === 'INSS_CONSIGNADO' && f.has('monthlyRate') ? f.rate() : undefined,
        score: product === 'PERSONAL' ? f.integer('score', 0, 1000) : f.optionalInteger('score', 0, 1000),
        insurance: f.boolean('insurance', false),
        age: f.optionalInteger('age', MIN_AGE, MAX_AGE),
        iofMethod: f.oneOf('iofMethod', IOF_METHODS, 'DECREE'),
      }),
    );
    return {
      monthlyRate: s.monthlyRate.toString(),
      insurance: s.insurance.toString(),
      iof: s.iof.toString(),
      iofMethod: s.iofMethod,
      financed: s.financed.toString(),
      installment: s.installment.toString(),
      cetMonthlyPercent: s.monthlyPercent.toFixed(2),
      cetAnnualPercent: s.annualPercent.toFixed(2),
      totalInterest: s.schedule.totalInterest.toString(),
      totalPaid: s.schedule.totalPaid.toString(),
      parameterVersions: s.parameterVersions,
      schedule: s.schedule.rows.map(rowJson),
    };
  },
};
