import { AnalysisRow } from './analysis.orm-entity';
import { CreateAnalysis1795420000000 } from './migrations/1795420000000-create-analysis';

export const ANALYSIS_ENTITIES = [AnalysisRow];
export const ANALYSIS_MIGRATIONS = [CreateAnalysis1795420000000];
export { AnalysisRow };
