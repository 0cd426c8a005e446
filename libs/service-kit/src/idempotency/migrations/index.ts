import { CreateIdempotencyKey1795700000000 } from './1795700000000-create-idempotency-key';

/**
 * The idempotency table's migrations. A service whose commands are idempotent adds them to its
 * DataSource `migrations` next to its own (apps' `database.ts`), as it does messaging's.
 */
export const idempotencyMigrations = [CreateIdempotencyKey1795700000000];

export { CreateIdempotencyKey1795700000000 };
