import { auditMigrations, idempotencyMigrations } from '@consignado/service-kit';
import { CUSTOMER_ENTITIES, CUSTOMER_MIGRATIONS, CUSTOMER_SEALED_ONLY_MIGRATIONS } from './modules/customer/database';
import { DATA_SUBJECT_ENTITIES, DATA_SUBJECT_MIGRATIONS } from './modules/data-subject/database';
import { PROPOSAL_ENTITIES, PROPOSAL_MIGRATIONS, PROPOSAL_SEALED_ONLY_MIGRATIONS } from './modules/proposal/database';

/** Every table of the service, and the migrations that create them in order (customers first: proposals reference them; TypeORM runs them by timestamp). */
export const PROPOSAL_SERVICE_ENTITIES = [...CUSTOMER_ENTITIES, ...PROPOSAL_ENTITIES, ...DATA_SUBJECT_ENTITIES];
export const PROPOSAL_SERVICE_MIGRATIONS = [...CUSTOMER_MIGRATIONS, ...PROPOSAL_MIGRATIONS, ...idempotencyMigrations, ...auditMigrations, ...DATA_SUBJECT_MIGRATIONS];
/**
 * Migrations that refuse personal data in clear: at start-up the ones before them run, then the
 * backfill seals the rows written before, then these (src/personal-data-at-rest.ts).
 */
export const SEALED_ONLY_MIGRATIONS: ReadonlyArray<(typeof PROPOSAL_SERVICE_MIGRATIONS)[number]> = [...CUSTOMER_SEALED_ONLY_MIGRATIONS, ...PROPOSAL_SEALED_ONLY_MIGRATIONS];
