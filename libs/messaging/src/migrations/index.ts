import { CreateOutbox1795375600000 } from './1795375600000-create-outbox';
import { CreateInbox1795375600001 } from './1795375600001-create-inbox';

/**
 * The messaging tables' migrations, in order. Add them to each service's DataSource `migrations`
 * (next to the service's own); never rely on `synchronize`.
 */
export const messagingMigrations = [CreateOutbox1795375600000, CreateInbox1795375600001];

export { CreateOutbox1795375600000, CreateInbox1795375600001 };
