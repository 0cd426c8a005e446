import { DomainError } from '@consignado/core';
import { boundCustomerOf, type Principal } from '@consignado/auth';
import { PushSubscriptionNotFoundError } from './domain/push-subscription';

class PushCustomerOnlyError extends DomainError {
  constructor() {
    super('NOTIFICATION.PUSH_CUSTOMER_ONLY_FORBIDDEN', 'Só o próprio cliente, no app, cadastra e remove dispositivos para push.');
  }
}

/** The customer a push-subscription call acts for: only a customer's own token (DIGITAL). */
export function customerOnly(principal: Principal): string {
  const customerId = boundCustomerOf(principal);
  if (!customerId) throw new PushCustomerOnlyError();
  return customerId;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id names no subscription: 404, as an unknown one. */
export function subscriptionIdOf(id: string): string {
  if (!UUID.test(id)) throw new PushSubscriptionNotFoundError();
  return id.toLowerCase();
}
