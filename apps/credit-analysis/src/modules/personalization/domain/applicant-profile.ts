import type { ProposalCreatedPayload } from '@consignado/contracts';
import type { IsoDate } from '@consignado/finance';
import { type FinancialProfile, financialProfile, PROFILE_RULES_VERSION } from '@consignado/profile';
import type { ProjectedContract } from '../../contract-projection/domain/projected-contract';
import { NOTHING_DECLARED } from './declared-data';
import { profileInput } from './profile-input';

/** The applicant's seed 004 profile as an analysis records it beside its reasons (R-CA-3, R-CA-4). */
export interface ApplicantProfile {
  readonly rulesVersion: string;
  readonly profile: FinancialProfile;
}

/**
 * RF1 on what the platform knows when a proposal arrives: the application's income and expenses,
 * the customer's contracts here, the analyses of six months (this one included) and the score.
 * Cards are not known to the platform, so they are reported missing (dados_suficientes=false)
 * rather than guessed; the risk is still what the rules make of the rest. It informs, it does not
 * decide: the product rules decide.
 */
export function applicantProfile(application: ProposalCreatedPayload, contracts: readonly ProjectedContract[], inquiries6m: number, score: number | undefined, today: IsoDate): ApplicantProfile {
  const own = contracts.filter((c) => c.customerId === application.customerId);
  const history = { latest: application, inquiries6m, score, partnerIds: [] };
  const input = profileInput(application.customerId, own, history, NOTHING_DECLARED, today);
  return { rulesVersion: PROFILE_RULES_VERSION, profile: financialProfile(input.input) };
}
