import { auditMigrations, erasureMigrations } from '@consignado/service-kit';
import { CustomerOfConnectorRows1797230000000 } from './migrations/1797230000000-customer-of-connector-rows';
import { RequireSealedConnectorData1797230000001 } from './migrations/1797230000001-require-sealed-connector-data';

/** The audit trail, the erasure ledger, customers on the rows, then the CHECKs refusing personal data in clear. */
export const DATA_SUBJECT_MIGRATIONS = [...auditMigrations, ...erasureMigrations, CustomerOfConnectorRows1797230000000, RequireSealedConnectorData1797230000001];
/** Migrations that refuse personal data in clear: they run after the start-up backfill (src/personal-data-at-rest.ts). */
export const SEALED_ONLY_MIGRATIONS = [RequireSealedConnectorData1797230000001];
