import { CustomerContactRow } from './customer-contact.orm-entity';
import { PushSubscriptionRow } from './push-subscription.orm-entity';
import { CreatePushSubscription1797600000001 } from './migrations/1797600000001-create-push-subscription';
import { CreateCustomerContact1795400000001 } from './migrations/1795400000001-create-customer-contact';
import { RequireSealedContact1797100000000 } from './migrations/1797100000000-require-sealed-contact';

export { contactBackfill } from './contact.backfill';

export const CONTACT_ENTITIES = [CustomerContactRow, PushSubscriptionRow];
export const CONTACT_MIGRATIONS = [CreateCustomerContact1795400000001, RequireSealedContact1797100000000, CreatePushSubscription1797600000001];
/** Migrations that refuse personal data in clear: they run after the start-up backfill (src/personal-data-at-rest.ts). */
export const CONTACT_SEALED_ONLY_MIGRATIONS = [RequireSealedContact1797100000000];
