import { FeedMessageRow } from './feed-message.orm-entity';
import { CreatePortability1795800000001 } from './migrations/1795800000001-create-portability';
import { CreateFeed1795800000002 } from './migrations/1795800000002-create-feed';
import { PortabilityRow } from './portability.orm-entity';

export const PORTABILITY_ENTITIES = [PortabilityRow, FeedMessageRow];
export const PORTABILITY_MIGRATIONS = [CreatePortability1795800000001, CreateFeed1795800000002];
