import { DomainError } from '@consignado/core';

/**
 * A ContractPositionChanged that passes its schema but cannot be a finance position (dates out of
 * order, rows not numbered 1..n, a plan start past the last row…): a retry cannot fix it, so the
 * consumer dead-letters it at once and nothing is stored.
 */
export class InconsistentPositionError extends DomainError {
  constructor(contractId: string, field: string, message: string) {
    super('PROJECTION.INCONSISTENT_POSITION', message, { contractId, field });
  }
}

/** Codes a retry cannot fix. */
export const PERMANENT_PROJECTION_CODES = ['PROJECTION.INCONSISTENT_POSITION'] as const;
