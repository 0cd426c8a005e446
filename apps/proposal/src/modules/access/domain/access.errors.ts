import { DomainError } from '@consignado/core';

/** Missing key, unknown key, or a key of another channel: one answer for all (R-PR-1). */
export class InvalidApiKeyError extends DomainError {
  constructor() {
    super('AUTH.INVALID_API_KEY', 'Chave de API inválida ou ausente');
  }
}

export class UnknownChannelError extends DomainError {
  constructor() {
    super('CHANNEL.NOT_FOUND', 'Canal não encontrado: use digital, corban ou internal');
  }
}
