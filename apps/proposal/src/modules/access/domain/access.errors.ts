import { DomainError } from '@consignado/core';

export class UnknownChannelError extends DomainError {
  constructor() {
    super('CHANNEL.NOT_FOUND', 'Canal não encontrado: use digital, corban ou internal');
  }
}
