import { CustomerContactRow } from './customer-contact.orm-entity';
import { CreateCustomerContact1795400000001 } from './migrations/1795400000001-create-customer-contact';

export const CONTACT_ENTITIES = [CustomerContactRow];
export const CONTACT_MIGRATIONS = [CreateCustomerContact1795400000001];
