import type { Registry } from 'prom-client';
import { ChaosService, type ChaosSubject } from '@consignado/mock-kit';
import type { RailMockConfig } from '../../config';
import { RAIL_OPERATIONS } from './domain/rail-operation';

/** The shared chaos engine (libs/mock-kit) with the rail's operations, metric and error codes. */
export function railChaos(config: RailMockConfig, registry: Registry): ChaosService {
  return new ChaosService(
    {
      operations: RAIL_OPERATIONS,
      ...config.chaosOptions(),
      metric: { name: 'rail_mock_calls_total', help: 'Transfers calls to the mock payment rail by operation and chaos decision' },
      problems: {
        500: { code: 'RAIL.INTERNAL_ERROR', detail: 'Erro interno no arranjo de pagamentos; tente novamente mais tarde.' },
        503: { code: 'RAIL.UNAVAILABLE', detail: 'Arranjo de pagamentos (SPI) indisponível no momento; tente novamente mais tarde.' },
        504: { code: 'RAIL.TIMEOUT', detail: 'O arranjo de pagamentos não respondeu a tempo.' },
      },
    },
    registry,
  );
}

/** What a call is about, for scripts and call counts: our transfer id (the body's on creation, the path's on reading). */
export const railSubject: ChaosSubject = (_operation, req) => {
  const fromPath = req.params['transferId'];
  if (typeof fromPath === 'string') return fromPath.toLowerCase();
  const fromBody = (req.body as { transferId?: unknown } | undefined)?.transferId;
  return typeof fromBody === 'string' ? fromBody.toLowerCase() : undefined;
};
