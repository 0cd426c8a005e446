import { auditMigrations, erasureMigrations, idempotencyMigrations } from '@consignado/service-kit';
import { LOAN_ENTITIES, LOAN_MIGRATIONS } from './modules/contract/database';
import { DATA_SUBJECT_MIGRATIONS } from './modules/data-subject/database';

export const SERVICE_ENTITIES = LOAN_ENTITIES;
/** Every migration of the service, in timestamp order. */
export const SERVICE_MIGRATIONS = [...LOAN_MIGRATIONS, ...auditMigrations, ...erasureMigrations, ...idempotencyMigrations, ...DATA_SUBJECT_MIGRATIONS].sort((a, b) => a.name.slice(-13).localeCompare(b.name.slice(-13)));
