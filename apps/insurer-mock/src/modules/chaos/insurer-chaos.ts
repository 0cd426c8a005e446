import type { Registry } from 'prom-client';
import { ChaosService, type ChaosSubject } from '@consignado/mock-kit';
import type { InsurerMockConfig } from '../../config';
import { INSURER_OPERATIONS } from './domain/insurer-operation';

/** The shared chaos engine (libs/mock-kit) with the insurer's operations, metric and error codes. */
export function insurerChaos(config: InsurerMockConfig, registry: Registry): ChaosService {
  return new ChaosService(
    {
      operations: INSURER_OPERATIONS,
      ...config.chaosOptions(),
      metric: { name: 'insurer_mock_calls_total', help: 'Claims calls to the mock insurer by operation and chaos decision' },
      problems: {
        500: { code: 'INSURER.INTERNAL_ERROR', detail: 'Erro interno na seguradora; tente novamente mais tarde.' },
        503: { code: 'INSURER.UNAVAILABLE', detail: 'Seguradora indisponível no momento; tente novamente mais tarde.' },
        504: { code: 'INSURER.TIMEOUT', detail: 'A seguradora não respondeu a tempo.' },
      },
    },
    registry,
  );
}

/** What a call is about, for scripts and call counts: our claim id (the body's on filing, the path's on reading). */
export const insurerSubject: ChaosSubject = (_operation, req) => {
  const fromPath = req.params['claimId'];
  if (typeof fromPath === 'string') return fromPath.toLowerCase();
  const fromBody = (req.body as { claimId?: unknown } | undefined)?.claimId;
  return typeof fromBody === 'string' ? fromBody.toLowerCase() : undefined;
};
