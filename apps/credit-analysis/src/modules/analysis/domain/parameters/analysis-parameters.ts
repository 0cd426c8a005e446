import { DEFAULT_PARAMETERS, type MonthlyRate, type ParameterRegistry } from '@consignado/finance';
import { CREDIT_POLICY, type CreditPolicyRegistry } from './credit-policy';

/** Everything a rule may consult: finance's catalogue, this service's policy, the configured INSS rate. */
export interface AnalysisParameters {
  readonly finance: ParameterRegistry;
  readonly policy: CreditPolicyRegistry;
  /** INSS_MONTHLY_RATE; undefined means the cap in force on the contract date. */
  readonly inssMonthlyRate?: MonthlyRate;
}

export const ANALYSIS_PARAMETERS = Symbol('ANALYSIS_PARAMETERS');

export const defaultAnalysisParameters = (inssMonthlyRate?: MonthlyRate): AnalysisParameters => ({
  finance: DEFAULT_PARAMETERS,
  policy: CREDIT_POLICY,
  inssMonthlyRate,
});
