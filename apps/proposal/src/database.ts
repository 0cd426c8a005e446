import { idempotencyMigrations } from '@consignado/service-kit';
import { CUSTOMER_ENTITIES, CUSTOMER_MIGRATIONS } from './modules/customer/database';
import { PROPOSAL_ENTITIES, PROPOSAL_MIGRATIONS } from './modules/proposal/database';

/** Every table of the service, and the migrations that create them in order (customers first: proposals reference them; TypeORM runs them by timestamp). */
export const PROPOSAL_SERVICE_ENTITIES = [...CUSTOMER_ENTITIES, ...PROPOSAL_ENTITIES];
export const PROPOSAL_SERVICE_MIGRATIONS = [...CUSTOMER_MIGRATIONS, ...PROPOSAL_MIGRATIONS, ...idempotencyMigrations];
