import type { Principal } from '@consignado/auth';
import { assertMayActFor, PersonalDataSection } from '@consignado/service-kit';
import type { Analysis } from '../../../analysis/domain/analysis';
import { analysisView } from '../../../analysis/queries/get-analysis/analysis.view';
import { contractPositionView } from '../../../contract-projection/queries/get-contract-position/contract-position.view';
import type { CustomerRecords } from '../../database/customer-records';
import { profileView, recommendationView } from '../../../personalization/queries/personalization.views';

/** An analysis as exported: the audit view plus the application it decided on (CPF, income, benefit…), opened. */
const analysisRecord = (analysis: Analysis) => ({ ...analysisView(analysis), application: analysis.application ?? null });

/**
 * What credit analysis holds on a customer (LGPD art. 18 II): their analyses, projected
 * contracts, financial profiles and recommendations, personal data opened, and the erasures applied. A customer (DIGITAL) asking for
 * someone else gets 404 PERSONAL_DATA.NOT_FOUND; a customer the service never saw, empty records.
 */
export async function personalDataOf(records: CustomerRecords, customerId: string, caller: Principal, now = new Date()): Promise<PersonalDataSection> {
  assertMayActFor(caller, customerId);
  const [analyses, positions, personalization, erasures] = await Promise.all([records.analysesOf(customerId), records.positionsOf(customerId), records.personalizationOf(customerId), records.erasuresOf(customerId)]);
  const { profiles, recommendations } = personalization;
  const data = { analyses: analyses.map(analysisRecord), contractPositions: positions.map(contractPositionView), financialProfiles: profiles.map(profileView), recommendations: recommendations.map(recommendationView) };
  return PersonalDataSection.of('credit-analysis', customerId, data, erasures, now);
}
