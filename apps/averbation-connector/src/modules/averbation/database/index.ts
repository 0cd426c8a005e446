import { CreateAverbation1795500000000 } from './migrations/1795500000000-create-averbation';
import { AverbationRow, ContractClosureRow } from './averbation.orm-entity';

export const AVERBATION_ENTITIES = [AverbationRow, ContractClosureRow];
export const AVERBATION_MIGRATIONS = [CreateAverbation1795500000000];
