import type { Registry } from 'prom-client';
import { ChaosService, type ChaosSubject } from '@consignado/mock-kit';
import type { CtcMockConfig } from '../../config';
import { CTC_OPERATIONS } from './domain/ctc-operation';

/** The shared chaos engine (libs/mock-kit) with the exchange's operations, metric and error codes. */
export function ctcChaos(config: CtcMockConfig, registry: Registry): ChaosService {
  return new ChaosService(
    {
      operations: CTC_OPERATIONS,
      ...config.chaosOptions(),
      metric: { name: 'ctc_mock_calls_total', help: 'Participant calls to the mock CTC by operation and chaos decision' },
      problems: {
        500: { code: 'CTC.INTERNAL_ERROR', detail: 'Erro interno no CTC; tente novamente mais tarde.' },
        503: { code: 'CTC.UNAVAILABLE', detail: 'CTC indisponível no momento; tente novamente mais tarde.' },
        504: { code: 'CTC.TIMEOUT', detail: 'O CTC não respondeu a tempo.' },
      },
    },
    registry,
  );
}

/**
 * What a call is about, for scripts and call counts: the portability (NU) of the route, the origin
 * contract number of a request, the participant's ISPB for the feed.
 */
export const ctcSubject: ChaosSubject = (operation, req) => {
  const nu = req.params['nu'];
  if (typeof nu === 'string') return nu;
  if (operation === 'REQUEST') {
    const contract = (req.body as { originContractNumber?: unknown } | undefined)?.originContractNumber;
    return typeof contract === 'string' ? contract : undefined;
  }
  return req.header('x-participant-ispb') ?? undefined;
};
