import type { InsurerResult } from './insurer-failure';
import type { FileClaimOrder, InsurerClaim } from './insurer.types';

export const INSURER_GATEWAY = Symbol('INSURER_GATEWAY');

/**
 * Port: the claims desk of the insurer behind our credit-life insurance (apps/insurer-mock
 * describes the routes). Never throws for the insurer's behaviour: answers, refusals, timeouts
 * and outages all come back as results. Filing is idempotent at the insurer (keyed by our claim
 * id: the same filing again answers the same claim), so a retry after a timeout that landed is
 * safe. `signal` aborts the call when this instance stops.
 */
export interface InsurerGateway {
  /** POST /v1/claims. */
  file(order: FileClaimOrder, signal?: AbortSignal): Promise<InsurerResult<InsurerClaim>>;
  /** GET /v1/claims/{claimId}. */
  get(claimId: string, signal?: AbortSignal): Promise<InsurerResult<InsurerClaim>>;
  /** Resolves when the insurer answers its liveness probe. */
  ping(): Promise<void>;
}
