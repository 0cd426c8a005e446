import type { RailResult } from './rail-failure';
import type { RailTransfer, TransferOrder } from './rail.types';

export const RAIL_GATEWAY = Symbol('RAIL_GATEWAY');

/**
 * Port: the payment rail (PIX over the SPI; apps/rail-mock describes the routes). Never throws
 * for the rail's behaviour: answers, refusals, timeouts and outages all come back as results.
 * Filing is idempotent at the rail (keyed by our transfer id: the same order again answers the
 * same transfer), so a retry after a timeout that landed never pays twice. `signal` aborts the
 * call when this instance stops.
 */
export interface RailGateway {
  /** POST /v1/transfers. */
  create(order: TransferOrder, signal?: AbortSignal): Promise<RailResult<RailTransfer>>;
  /** GET /v1/transfers/{transferId}; a 404 (RAIL.TRANSFER_NOT_FOUND) says the rail holds no such transfer. */
  get(transferId: string, signal?: AbortSignal): Promise<RailResult<RailTransfer>>;
  /** Resolves when the rail answers its liveness probe. */
  ping(): Promise<void>;
}
