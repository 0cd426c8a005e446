import { DomainError } from '@consignado/core';

/* Refusals of a workout of a late contract (R-LN-8, docs/life-cycle.md "Workout of a late contract"). */

/** Why no renegotiation is offered (422): nothing late, nothing fits the capacity, a share or grace above the policy. */
export type WorkoutRefusalCode = 'CONTRACT.NO_OVERDUE_INSTALLMENTS' | 'CONTRACT.NO_FEASIBLE_WORKOUT' | 'CONTRACT.WORKOUT_DISCOUNT_ABOVE_LIMIT' | 'CONTRACT.WORKOUT_GRACE_ABOVE_LIMIT';

export class WorkoutRefusedError extends DomainError {
  constructor(code: WorkoutRefusalCode, message: string, details: Record<string, unknown> = {}) {
    super(code, message, details);
  }

  override readonly exposeDetails = true;
}

/** Staff keep the contract blocked (seed 003 §4.9): no renegotiation is offered until it is lifted. */
export class ContractBlockedError extends DomainError {
  constructor(contractId: string) {
    super('CONTRACT.BLOCKED', 'Contrato bloqueado: renegociação suspensa até o desbloqueio.', { contractId });
  }
}

/**
 * Payment's renegotiation is not the one the contract computes on the payment date (services
 * disagree on money): dead-lettered, nothing written.
 */
export class RenegotiationMismatchError extends DomainError {
  constructor(field: string, stated: string, computed: string, date: string) {
    super('CONTRACT.RENEGOTIATION_MISMATCH', `Renegociação informada difere da calculada pelo contrato em ${date} em ${field}: informado ${stated}, calculado ${computed}.`, { field, stated, computed, date });
  }
}
