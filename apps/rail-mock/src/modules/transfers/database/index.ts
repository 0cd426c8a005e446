import { CreateTransfers1797900000000 } from './migrations/1797900000000-create-transfers';
import { OutcomeScriptRow, TransferRow } from './transfer.orm-entities';

export const TRANSFERS_ENTITIES = [TransferRow, OutcomeScriptRow];
export const TRANSFERS_MIGRATIONS = [CreateTransfers1797900000000];
