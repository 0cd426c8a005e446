import { DomainError } from '@consignado/core';
import { BLOCK_REASON_PT, type ContractBlockReason } from './block-reason';

/** Blocking a contract already blocked: one block at a time, lifted before another. */
export class ContractAlreadyBlockedError extends DomainError {
  constructor(contractId: string, reason: ContractBlockReason) {
    super('CONTRACT.ALREADY_BLOCKED', `Contrato já está bloqueado (${BLOCK_REASON_PT[reason]}).`, { contractId, reason });
  }
}

/** Only a contract in force is blocked: before activation it is cancelled instead, after settlement nothing is owed. */
export class ContractNotBlockableError extends DomainError {
  constructor(contractId: string, status: string) {
    super('CONTRACT.NOT_BLOCKABLE', `Só um contrato ativo pode ser bloqueado (situação ${status}).`, { contractId, status });
  }
}

export class ContractNotBlockedError extends DomainError {
  constructor(contractId: string) {
    super('CONTRACT.NOT_BLOCKED', 'Contrato não está bloqueado.', { contractId });
  }
}

/** The Idempotency-Key came back from the same operator with another block or unblock. */
export class BlockIdempotencyConflictError extends DomainError {
  constructor() {
    super('CONTRACT.IDEMPOTENCY_CONFLICT', 'Idempotency-Key já usada com outro conteúdo.');
  }
}
