import { DisbursementRow } from './disbursement.orm-entity';
import { CreateDisbursement1797900000000 } from './migrations/1797900000000-create-disbursement';

export const DISBURSEMENT_ENTITIES = [DisbursementRow];
export const DISBURSEMENT_MIGRATIONS = [CreateDisbursement1797900000000];
