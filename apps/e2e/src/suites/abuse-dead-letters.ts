import { SERVICES } from '@consignado/contracts';
import type { Endpoint } from './abuse-endpoint';

/**
 * Every service's dead-letter routes (eventing's DeadLettersController), as servicing-ops
 * (DLQ_OPERATOR): the backlog, and a replay whose base asks for zero records (400), so no case
 * ever replays anything; an auditor may count but not replay, a customer neither.
 */
export const DEAD_LETTER_ENDPOINTS = (): Endpoint[] =>
  SERVICES.flatMap((service): Endpoint[] => [
    { service, method: 'GET', route: '/v1/admin/dead-letters', as: 'ops', wrongKind: 'intruder' },
    { service, method: 'POST', route: '/v1/admin/dead-letters/replay', as: 'ops', wrongKind: 'auditor', audited: true, body: { limit: 0 } },
  ]);
