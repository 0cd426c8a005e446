import { IsoDate } from '../dates/iso-date';
import { dec } from '../decimal/dec';
import { EffectiveDated, ParameterVersion } from './effective-dated';
import {
  InssMargins,
  InssRateCaps,
  InssTermLimit,
  InsuranceParameters,
  IofParameters,
  LateChargeParameters,
  PersonalParameters,
  ServantParameters,
  WorkoutParameters,
} from './parameter-types';

/** Every effective-dated parameter set a rule may consult. */
export interface ParameterRegistry {
  readonly inssRateCap: EffectiveDated<InssRateCaps>;
  readonly inssMaxTerm: EffectiveDated<InssTermLimit>;
  readonly inssMargin: EffectiveDated<InssMargins>;
  readonly servant: EffectiveDated<ServantParameters>;
  readonly personal: EffectiveDated<PersonalParameters>;
  readonly iof: EffectiveDated<IofParameters>;
  readonly lateCharges: EffectiveDated<LateChargeParameters>;
  readonly insurance: EffectiveDated<InsuranceParameters>;
  readonly workout: EffectiveDated<WorkoutParameters>;
}

/**
 * The INSS history starts mid-2024, when seed 003's caps (1.66% / 2.46%) applied; the seeds do not
 * give CNPS's exact date, so 2024-07-01 is our documented choice (D-1). Earlier INSS dates have no
 * parameters (NO_PARAMETER_IN_FORCE).
 */
export const INSS_HISTORY_START = '2024-07-01';
/** Seed values that carry no date are in force from the registry's beginning. */
const UNDATED = '1900-01-01';

const version = <T>(id: string, from: string, source: string, value: T): ParameterVersion<T> => ({
  id,
  effectiveFrom: IsoDate.of(from),
  source,
  value,
});

const inssRateCap = new EffectiveDated<InssRateCaps>('teto de juros INSS', [
  version('INSS-CAP-2024-07', INSS_HISTORY_START, 'seed 003 §2.2; D-1 (mid-2024, date chosen)', { loan: dec('0.0166'), card: dec('0.0246') }),
  version('INSS-CAP-2025-01', '2025-01-01', 'CNPS; D-1', { loan: dec('0.018'), card: dec('0.0246') }),
  version('INSS-CAP-2025-04', '2025-04-01', 'CNPS; D-1', { loan: dec('0.0185'), card: dec('0.0246') }),
]);

const inssMaxTerm = new EffectiveDated<InssTermLimit>('prazo máximo INSS', [
  version('INSS-TERM-84', INSS_HISTORY_START, 'seed 003; D-1; D-10', { maxMonths: 84, maxFirstPeriodDays: 60 }),
  version('INSS-TERM-96', '2025-02-05', 'IN PRES/INSS 181/2025; D-1; D-10', { maxMonths: 96, maxFirstPeriodDays: 60 }),
]);

const inssMargin = new EffectiveDated<InssMargins>('margem consignável INSS', [
  version('INSS-MARGIN-35-5-5', INSS_HISTORY_START, 'seed 003 (Lei 14.431/2022); D-1', {
    loan: dec('0.35'),
    card: dec('0.05'),
    benefitCard: dec('0.05'),
  }),
]);

const servant = new EffectiveDated<ServantParameters>('consignado servidor', [
  version('SERVIDOR-SEED-002', UNDATED, 'seed 002 §2, §11.1, §12.3; D-1', {
    baseRate: dec('0.018'),
    ratePerExtraMonth: dec('0.00005'),
    baseTermMonths: 24,
    rateCap: dec('0.0214'),
    minTermMonths: 24,
    maxTermMonths: 92,
    maxGraceDays: 60,
    maxAgeAtEnd: 80,
  }),
]);

const band = (low: number, high: number, top: string, bottom: string, maxAmount: string, maxTermMonths: number) => ({
  low,
  high,
  top: dec(top),
  bottom: dec(bottom),
  maxAmount: dec(maxAmount),
  maxTermMonths,
});

const personal = new EffectiveDated<PersonalParameters>('empréstimo pessoal', [
  version('PERSONAL-SEED-002', UNDATED, 'seed 002 §2, §11.2, §12.3; D-8', {
    minScore: 201,
    bands: [
      band(201, 400, '0.0999', '0.0999', '1000', 12),
      band(401, 600, '0.0999', '0.0949', '5000', 18),
      band(601, 800, '0.0949', '0.0899', '15000', 24),
      band(801, 1000, '0.0899', '0.0849', '20000', 30),
    ],
    minTermMonths: 6,
    maxTermMonths: 30,
    minAmount: dec('100'),
    maxAmount: dec('20000'),
    maxGraceDays: 30,
    maxAgeAtEnd: 75,
    ratePlaces: 6,
  }),
]);

const iof = new EffectiveDated<IofParameters>('IOF pessoa física', [
  version('IOF-PF-0.38-0.0082', UNDATED, 'Decreto 6.306/2007 art. 7; seed 002 §2', {
    fixedRate: dec('0.0038'),
    dailyRate: dec('0.000082'),
    maxDays: 365,
  }),
]);

const lateCharges = new EffectiveDated<LateChargeParameters>('encargos de atraso', [
  version('LATE-2-0.033', UNDATED, 'CDC art. 52 §1; seed 002 §2; D-4', { fineRate: dec('0.02'), moraDailyRate: dec('0.00033') }),
]);

const insurance = new EffectiveDated<InsuranceParameters>('seguro prestamista', [
  version('INSURANCE-SEED-002', UNDATED, 'seed 002 §12.4', { baseRate: dec('0.0025'), ratePerYearOfAge: dec('0.00005') }),
]);

/**
 * Our renegotiation policy (no seed gives figures): up to half the fines and mora forgiven, and a
 * grace of up to 90 days — seed 003 §4.9's typical carência is 30 to 90 days.
 */
const workout = new EffectiveDated<WorkoutParameters>('renegociação de inadimplentes', [
  version('WORKOUT-50-90', UNDATED, 'seed 003 §4.9; docs/life-cycle.md (workout)', { maxLateChargesDiscount: dec('0.5'), maxGraceDays: 90 }),
]);

/** The built-in parameters (D-1). Services may build their own registry, e.g. loaded from a table. */
export const DEFAULT_PARAMETERS: ParameterRegistry = {
  inssRateCap,
  inssMaxTerm,
  inssMargin,
  servant,
  personal,
  iof,
  lateCharges,
  insurance,
  workout,
};
