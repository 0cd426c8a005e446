import { randomUUID } from 'node:crypto';
import type { HttpResult, TokenSource } from './client';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- credit analysis's profile and round views, read field by field by the demo and the e2e tests
type Json = Record<string, any>;

/** Seed 004 feedback in the seed's words (at least one kind). */
export interface SeedFeedback {
  prioridade?: 'parcela_baixa' | 'prazo_curto' | 'limite_maior' | 'juros_baixos';
  produto_recusado?: string[];
  produto_preferido?: string;
}

/**
 * Credit personalization (seed 004, R-CA-3) at credit analysis, as one caller (scope origination:
 * a customer their own, a corban the customers it brought, internal any): a financial profile
 * from what the platform knows plus what the body declares (money as decimal strings), a first
 * recommendation round, feedback making the next round, and the rounds read back, oldest first.
 */
export class PersonalizationClient {
  constructor(
    private readonly creditAnalysisUrl: string,
    private readonly token: TokenSource,
  ) {}

  computeProfile(customerId: string, declared: Record<string, unknown> = {}, idempotencyKey: string = randomUUID()): Promise<HttpResult<Json>> {
    return this.call('POST', `/v1/customers/${customerId}/financial-profiles`, declared, idempotencyKey);
  }

  recommend(profileId: string, feedback: SeedFeedback = {}, idempotencyKey: string = randomUUID()): Promise<HttpResult<Json>> {
    return this.call('POST', `/v1/financial-profiles/${profileId}/recommendations`, feedback, idempotencyKey);
  }

  /** The next round (round + 1), adjusted to every feedback so far; 422 RECOMMENDATION_SUPERSEDED on an older round. */
  feedback(recommendationId: string, feedback: SeedFeedback, idempotencyKey: string = randomUUID()): Promise<HttpResult<Json>> {
    return this.call('POST', `/v1/recommendations/${recommendationId}/feedback`, feedback, idempotencyKey);
  }

  /** Every round of the customer, oldest first, as `{items}`. */
  rounds(customerId: string): Promise<HttpResult<{ items: Json[] }>> {
    return this.call('GET', `/v1/customers/${customerId}/recommendations`) as Promise<HttpResult<{ items: Json[] }>>;
  }

  profile(profileId: string): Promise<HttpResult<Json>> {
    return this.call('GET', `/v1/financial-profiles/${profileId}`);
  }

  recommendation(recommendationId: string): Promise<HttpResult<Json>> {
    return this.call('GET', `/v1/recommendations/${recommendationId}`);
  }

  private async call(method: string, path: string, body?: unknown, idempotencyKey?: string): Promise<HttpResult<Json>> {
    const bearer = await this.token();
    const headers: Record<string, string> = { ...(bearer ? { authorization: `Bearer ${bearer}` } : {}), ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}) };
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(`${this.creditAnalysisUrl}${path}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await res.text();
    return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} };
  }
}
