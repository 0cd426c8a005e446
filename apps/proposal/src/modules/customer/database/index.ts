import { CreateCustomer1795500000000 } from './migrations/1795500000000-create-customer';
import { PrepareSealedCustomer1796600000001 } from './migrations/1796600000001-prepare-sealed-customer';
import { RequireSealedCustomer1796600000002 } from './migrations/1796600000002-require-sealed-customer';
import { CustomerPayoutAccount1797950000000 } from './migrations/1797950000000-customer-payout-account';
import { CustomerPartnerRow, CustomerRow } from './customer.orm-entity';

export { customerBackfill } from './customer.backfill';

export const CUSTOMER_ENTITIES = [CustomerRow, CustomerPartnerRow];
export const CUSTOMER_MIGRATIONS = [CreateCustomer1795500000000, PrepareSealedCustomer1796600000001, RequireSealedCustomer1796600000002, CustomerPayoutAccount1797950000000];
/** Migrations that need every customer sealed first: they run after the start-up backfill. */
export const CUSTOMER_SEALED_ONLY_MIGRATIONS = [RequireSealedCustomer1796600000002];
