import { DomainError } from '@consignado/core';

/**
 * Codes that no retry can fix (the event contradicts what the connector reported to the exchange
 * or to loan): dead-lettered at once for an operator (the consumer's permanentErrorCodes).
 */
export const PERMANENT_PORTABILITY_ERROR_CODES = [
  'PORTABILITY.TRANSFER_MISMATCH',
  'PORTABILITY.BALANCE_NOT_RECEIVED',
  'PORTABILITY.CONTRACT_MISMATCH',
  'PORTABILITY.ANSWER_CONFLICT',
  'PORTABILITY.ANSWER_INCOMPLETE',
] as const;

/** The portability an event names is not known here (yet): retried, then dead-lettered, never dropped. */
export const notYetKnown = (what: string): DomainError => new DomainError('PORTABILITY.NOT_YET_KNOWN', `${what} ainda não é conhecida pelo conector.`);
