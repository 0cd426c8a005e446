import { DomainError } from '@consignado/core';

export class PaymentNotFoundError extends DomainError {
  constructor() {
    super('PAYMENT.NOT_FOUND', 'Pagamento não encontrado');
  }
}

export class IdempotencyConflictError extends DomainError {
  constructor() {
    super('PAYMENT.IDEMPOTENCY_CONFLICT', 'Idempotency-Key já usada com outro conteúdo');
  }
}
