import { ContractPositionRow } from './contract-position.orm-entity';
import { CreateContractPosition1795600000000 } from './migrations/1795600000000-create-contract-position';

export const PROJECTION_ENTITIES = [ContractPositionRow];
export const PROJECTION_MIGRATIONS = [CreateContractPosition1795600000000];
export { ContractPositionRow };
