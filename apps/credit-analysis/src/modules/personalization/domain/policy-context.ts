import { dec, Money } from '@consignado/finance';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import type { AnalysisParameters } from '../../analysis/domain/parameters/analysis-parameters';
import type { ApplicantHistory } from './applicant-history';
import type { PolicyContext } from './evaluate-offer';

/** INSS loans may take 35% of the benefit (seed 003 §2.1): the estimate when Dataprev was never asked. */
const INSS_LOAN_SHARE = dec('0.35');

/** What an offer's analysis reads, from the profile's facts: the estimate subtracts our INSS deductions. */
export function policyContext(parameters: AnalysisParameters, history: ApplicantHistory, contracts: readonly ProjectedContract[], income: unknown): PolicyContext {
  const gross = typeof income === 'string' ? Money.parse(income) : undefined;
  const ours = Money.sum(contracts.filter((c) => c.status === 'ACTIVE' && c.product === 'INSS_CONSIGNADO').map((c) => c.installment));
  const estimate = gross?.ok ? Money.max(Money.ZERO, gross.value.timesRounded(INSS_LOAN_SHARE).minus(ours)) : Money.ZERO;
  return { parameters, score: history.score, contracts, margin: history.margin, estimatedInssMargin: estimate };
}
