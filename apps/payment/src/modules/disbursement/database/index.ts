import { CreateDisbursement1797900000000 } from './migrations/1797900000000-create-disbursement';
import { CreditRefund1798000000000 } from './migrations/1798000000000-credit-refund';

/** The release of funds' tables (payout accounts, disbursements and attempts, regret returns), after payment's others; then credit refunds. */
export const DISBURSEMENT_MIGRATIONS = [CreateDisbursement1797900000000, CreditRefund1798000000000];
