import { CreateCustomer1795500000000 } from './migrations/1795500000000-create-customer';
import { CustomerPartnerRow, CustomerRow } from './customer.orm-entity';

export const CUSTOMER_ENTITIES = [CustomerRow, CustomerPartnerRow];
export const CUSTOMER_MIGRATIONS = [CreateCustomer1795500000000];
