import { AnalysisRow } from './analysis.orm-entity';
import { CreateAnalysis1795420000000 } from './migrations/1795420000000-create-analysis';
import { AnalysisLifeCycle1795600000001 } from './migrations/1795600000001-analysis-life-cycle';
import { AnalysisCustomerIndex1797210000000 } from './migrations/1797210000000-analysis-customer-index';
import { RequireSealedAnalysisData1797210000001 } from './migrations/1797210000001-require-sealed-analysis-data';
import { AnalysisApplicantProfile1798500000000 } from './migrations/1798500000000-analysis-applicant-profile';

export { analysisDataBackfill } from './analysis-data.backfill';

export const ANALYSIS_ENTITIES = [AnalysisRow];
export const ANALYSIS_MIGRATIONS = [CreateAnalysis1795420000000, AnalysisLifeCycle1795600000001, AnalysisCustomerIndex1797210000000, RequireSealedAnalysisData1797210000001, AnalysisApplicantProfile1798500000000];
/** Migrations that refuse personal data in clear: they run after the start-up backfill (src/personal-data-at-rest.ts). */
export const ANALYSIS_SEALED_ONLY_MIGRATIONS = [RequireSealedAnalysisData1797210000001];
export { AnalysisRow };
