import type { Registry } from 'prom-client';
import { ChaosService, type ChaosSubject, type ScriptEntry } from '@consignado/mock-kit';
import type { DataprevMockConfig } from '../../config';
import { DATAPREV_OPERATIONS } from './domain/dataprev-operation';

/** The shared chaos engine (libs/mock-kit) with Dataprev's operations, metric and error codes. */
export function dataprevChaos(config: DataprevMockConfig, registry: Registry): ChaosService {
  return new ChaosService(
    {
      operations: DATAPREV_OPERATIONS,
      ...config.chaosOptions(),
      metric: { name: 'dataprev_mock_calls_total', help: 'Dataprev calls by operation and chaos decision' },
      problems: {
        500: { code: 'DATAPREV.INTERNAL_ERROR', detail: 'Erro interno na Dataprev; tente novamente mais tarde.' },
        503: { code: 'DATAPREV.UNAVAILABLE', detail: 'Dataprev indisponível no momento; tente novamente mais tarde.' },
        504: { code: 'DATAPREV.TIMEOUT', detail: 'A Dataprev não respondeu a tempo.' },
      },
    },
    registry,
  );
}

/** A script as Dataprev's admin API shows it: the subject is a benefit number. */
export const scriptView = ({ subject, ...entry }: ScriptEntry) => ({ benefitNumber: subject, ...entry });

const benefitNumber = (value: unknown): string | undefined => {
  const digits = typeof value === 'string' ? value.replace(/\D/g, '') : '';
  return digits.length === 10 ? digits : undefined;
};

/** Chaos scripts and call counts name a benefit; a cancellation or an alteration names only its protocol. */
export function benefitOfCall(benefitOfProtocol: (protocol: string) => Promise<string | undefined>): ChaosSubject {
  return async (operation, req) => {
    if (operation === 'REGISTER') return benefitNumber((req.body as { numeroBeneficio?: unknown } | undefined)?.numeroBeneficio);
    if (operation === 'CANCEL' || operation === 'ALTER') return benefitOfProtocol(String(req.params['protocolo']));
    return benefitNumber(req.params['numeroBeneficio']);
  };
}
