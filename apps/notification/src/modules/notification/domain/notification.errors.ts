import { DomainError, fieldError } from '@consignado/core';

/** Codes the consumer dead-letters at once: the same event can never render. */
export const PERMANENT_NOTIFICATION_ERROR_CODES = ['NOTIFICATION.INVALID_EVENT'] as const;

/** An event that passed its schema but cannot become a message (e.g. OVERDUE without its charges). */
export class InvalidNotificationEventError extends DomainError {
  constructor(eventType: string, why: string) {
    super('NOTIFICATION.INVALID_EVENT', `Evento ${eventType} inválido para notificação: ${why}.`, { eventType });
  }
}

/** A caller not bound to one customer (back office) must say whose notifications it reads. */
export const customerIdRequired = (): DomainError => fieldError('NOTIFICATION.INVALID_QUERY', 'customerId', 'Informe o customerId do cliente.');
