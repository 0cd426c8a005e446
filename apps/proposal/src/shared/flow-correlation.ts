import { randomUUID } from 'node:crypto';
import { currentContext } from '@consignado/service-kit';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The correlationId of a new business flow: the request's (X-Correlation-Id or the one the
 * service made), so its logs and events share it; lower-case as the envelope requires (R-EV-1).
 */
export function newFlowCorrelationId(): string {
  const given = currentContext()?.correlationId?.toLowerCase();
  return given && UUID.test(given) ? given : randomUUID();
}
