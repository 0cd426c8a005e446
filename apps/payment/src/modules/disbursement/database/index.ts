import { CreateDisbursement1797900000000 } from './migrations/1797900000000-create-disbursement';

/** The release of funds' tables (payout accounts, disbursements and attempts, regret returns), after payment's others. */
export const DISBURSEMENT_MIGRATIONS = [CreateDisbursement1797900000000];
