import type { NotificationRepository, NotificationWithDeliveries } from '../../database/notification.repository';
import { customerIdRequired } from '../../domain/notification.errors';

export interface ListNotifications {
  /** Whose log; a customer's own when omitted by a customer. */
  readonly customerId?: string;
  readonly limit: number;
}

/**
 * A customer's notification log for a caller (R-NT-1, R-SEC-1). `boundCustomer` is the customer a
 * DIGITAL caller is bound to: they read only their own log, and another customer's id reads as a
 * customer without notifications — the same empty list as an unknown one, so ids cannot be probed.
 * Callers bound to no customer (back office) name the customer.
 */
export async function listNotifications(
  repository: Pick<NotificationRepository, 'listByCustomer'>,
  query: ListNotifications,
  boundCustomer: string | undefined,
): Promise<NotificationWithDeliveries[]> {
  const customerId = query.customerId?.toLowerCase() ?? boundCustomer;
  if (!customerId) throw customerIdRequired();
  if (boundCustomer !== undefined && customerId !== boundCustomer) return [];
  return repository.listByCustomer(customerId, query.limit);
}
