import { DomainError } from '@consignado/core';

/** A profile or recommendation that does not exist, or belongs to a customer the caller may not see (same answer). */
export class PersonalizationNotFoundError extends DomainError {
  constructor(what: 'PROFILE' | 'RECOMMENDATION' | 'CUSTOMER', id: string) {
    const noun = { PROFILE: 'Perfil financeiro', RECOMMENDATION: 'Recomendação', CUSTOMER: 'Cliente' }[what];
    super(`PERSONALIZATION.${what}_NOT_FOUND`, `${noun} não encontrado(a)`, { id });
  }
}

/** A recommendation made from data too scarce: no feedback can adjust it (seed 004: dados insuficientes). */
export class RecommendationNotAdjustableError extends DomainError {
  constructor(id: string) {
    super('PERSONALIZATION.NOT_ADJUSTABLE', 'A recomendação foi recusada por dados insuficientes; calcule um novo perfil antes de enviar feedback', { id });
  }
}

/** Feedback answers the latest round only: an older round has already been adjusted. */
export class RecommendationSupersededError extends DomainError {
  constructor(id: string, latestId: string) {
    super('PERSONALIZATION.RECOMMENDATION_SUPERSEDED', 'Esta recomendação já foi ajustada; envie o feedback para a mais recente', { id, latestId });
  }
  override readonly exposeDetails = true;
}

export class PersonalizationIdempotencyConflictError extends DomainError {
  constructor() {
    super('PERSONALIZATION.IDEMPOTENCY_CONFLICT', 'A mesma Idempotency-Key foi usada com outro conteúdo');
  }
}
