import { AnalysisRow } from './analysis.orm-entity';
import { CreateAnalysis1795420000000 } from './migrations/1795420000000-create-analysis';
import { AnalysisLifeCycle1795600000001 } from './migrations/1795600000001-analysis-life-cycle';

export const ANALYSIS_ENTITIES = [AnalysisRow];
export const ANALYSIS_MIGRATIONS = [CreateAnalysis1795420000000, AnalysisLifeCycle1795600000001];
export { AnalysisRow };
