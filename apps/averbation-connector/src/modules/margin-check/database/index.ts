import { CreateMarginCheck1795500000001 } from './migrations/1795500000001-create-margin-check';
import { MarginCheckRow } from './margin-check.orm-entity';

export { clearRequestOrBenefit, marginCheckBackfill } from './margin-check.backfill';

export const MARGIN_CHECK_ENTITIES = [MarginCheckRow];
export const MARGIN_CHECK_MIGRATIONS = [CreateMarginCheck1795500000001];
