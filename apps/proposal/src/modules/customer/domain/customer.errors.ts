import { DomainError } from '@consignado/core';

export class CustomerNotFoundError extends DomainError {
  constructor() {
    super('CUSTOMER.NOT_FOUND', 'Cliente não encontrado');
  }
}

/** One customer per CPF; the existing id lets the channel go on with it (R-PR-6). */
export class CustomerAlreadyExistsError extends DomainError {
  override readonly exposeDetails = true;

  constructor(readonly customerId: string) {
    super('CUSTOMER.ALREADY_EXISTS', 'Cliente já cadastrado com este CPF', { customerId });
  }
}

/** The same Idempotency-Key came back with another payout account (R-PR-7). */
export class PayoutAccountIdempotencyConflictError extends DomainError {
  constructor() {
    super('CUSTOMER.PAYOUT_ACCOUNT_IDEMPOTENCY_CONFLICT', 'Esta Idempotency-Key já foi usada com outra conta de recebimento.');
  }
}
