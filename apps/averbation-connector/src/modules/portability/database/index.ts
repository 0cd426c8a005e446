import { CreatePortability1795900000000 } from './migrations/1795900000000-create-portability';
import { FeedCursorRow, FeedMessageRow, PortabilityInRow, PortabilityOutRow } from './portability.orm-entities';

export { portabilityInBackfill } from './portability.backfill';

export const PORTABILITY_ENTITIES = [PortabilityInRow, PortabilityOutRow, FeedCursorRow, FeedMessageRow];
export const PORTABILITY_MIGRATIONS = [CreatePortability1795900000000];
