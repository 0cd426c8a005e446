import { CreateAverbation1795500000000 } from './migrations/1795500000000-create-averbation';
import { CreateAverbationAlteration1795500000002 } from './migrations/1795500000002-create-averbation-alteration';
import { AlterationRow } from './alteration.orm-entity';
import { AverbationRow, ContractClosureRow } from './averbation.orm-entity';

export { alterationBackfill, averbationBackfill } from './averbation.backfill';

export const AVERBATION_ENTITIES = [AverbationRow, ContractClosureRow, AlterationRow];
export const AVERBATION_MIGRATIONS = [CreateAverbation1795500000000, CreateAverbationAlteration1795500000002];
