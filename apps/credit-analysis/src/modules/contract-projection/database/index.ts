import { ContractPositionRow } from './contract-position.orm-entity';
import { CreateContractPosition1795600000000 } from './migrations/1795600000000-create-contract-position';
import { RequireSealedContractPosition1797210000002 } from './migrations/1797210000002-require-sealed-contract-position';

export { contractPositionBackfill } from './contract-position.backfill';

export const PROJECTION_ENTITIES = [ContractPositionRow];
export const PROJECTION_MIGRATIONS = [CreateContractPosition1795600000000, RequireSealedContractPosition1797210000002];
/** Migrations that refuse personal data in clear: they run after the start-up backfill (src/personal-data-at-rest.ts). */
export const PROJECTION_SEALED_ONLY_MIGRATIONS = [RequireSealedContractPosition1797210000002];
export { ContractPositionRow };
