import type { DataprevFailure } from './dataprev.types';

type Refusal = Pick<DataprevFailure, 'code' | 'message'>;

/** Dataprev's refusals, by its code, as the platform reports them (AverbationFailed, MarginCheckFailed). */
const REFUSALS: Readonly<Record<string, Refusal>> = {
  'DATAPREV.MARGIN_INSUFFICIENT': { code: 'AVERBATION.MARGIN_INSUFFICIENT', message: 'Margem consignável insuficiente para a averbação.' },
  'DATAPREV.BENEFIT_BLOCKED': { code: 'AVERBATION.BENEFIT_BLOCKED', message: 'Benefício bloqueado para empréstimo consignado.' },
  'DATAPREV.BENEFIT.NOT_FOUND': { code: 'DATAPREV.BENEFIT_NOT_FOUND', message: 'Benefício não encontrado na Dataprev para o CPF informado.' },
  'DATAPREV.CPF_INVALID': { code: 'DATAPREV.CPF_INVALID', message: 'CPF recusado pela Dataprev.' },
  'DATAPREV.BENEFIT_NUMBER_INVALID': { code: 'DATAPREV.BENEFIT_NUMBER_INVALID', message: 'Número de benefício recusado pela Dataprev.' },
  'DATAPREV.REGISTRATION.CONFLICT': { code: 'AVERBATION.CONFLICT', message: 'A Dataprev já tem este contrato averbado com outros dados, ou cancelado.' },
  'DATAPREV.REGISTRATION.NOT_FOUND': { code: 'DATAPREV.REGISTRATION_NOT_FOUND', message: 'Averbação não encontrada na Dataprev.' },
  'DATAPREV.REGISTRATION.CANCELLED': { code: 'AVERBATION.REGISTRATION_CANCELLED', message: 'A averbação está cancelada na Dataprev e não pode ser alterada.' },
  'DATAPREV.INVALID_PORTABILITY_ORIGIN': {
    code: 'AVERBATION.PORTABILITY_ORIGIN_INVALID',
    message: 'A Dataprev exige, só na portabilidade, o ISPB da instituição de origem e o número do contrato de origem.',
  },
};

const OTHER_REFUSAL: Refusal = { code: 'DATAPREV.REQUEST_REFUSED', message: 'A Dataprev recusou a requisição.' };

/** Statuses that say "try again later" although they are 4xx. */
const RETRYABLE_4XX = new Set([408, 425, 429]);

/** Classifies a non-2xx answer: 5xx and throttling are transient; other 4xx are refusals. */
export function failureFromStatus(status: number, dataprevCode?: string): DataprevFailure {
  if (status >= 500 || RETRYABLE_4XX.has(status)) {
    const timeout = status === 504 || status === 408;
    return {
      kind: 'TRANSIENT',
      code: timeout ? 'DATAPREV.TIMEOUT' : 'DATAPREV.UNAVAILABLE',
      message: timeout ? 'A Dataprev não respondeu a tempo.' : 'Dataprev indisponível no momento.',
      dataprevCode,
      status,
    };
  }
  return { kind: 'REFUSED', ...(REFUSALS[dataprevCode ?? ''] ?? OTHER_REFUSAL), dataprevCode, status };
}

/** No answer: our timeout fired, the connection failed, or this instance is stopping. */
export function transportFailure(cause: 'TIMEOUT' | 'NETWORK' | 'ABORTED', timeoutMs: number): DataprevFailure {
  if (cause === 'ABORTED') return { kind: 'ABORTED', code: 'DATAPREV.ABORTED', message: 'Chamada interrompida pelo desligamento do serviço.' };
  if (cause === 'TIMEOUT') return { kind: 'TRANSIENT', code: 'DATAPREV.TIMEOUT', message: `A Dataprev não respondeu em ${timeoutMs} ms.` };
  return { kind: 'TRANSIENT', code: 'DATAPREV.UNAVAILABLE', message: 'Dataprev inacessível (falha de conexão).' };
}

/** A 2xx whose body is not what the operation answers: treated as transient (a glitch). */
export const BAD_RESPONSE: DataprevFailure = { kind: 'TRANSIENT', code: 'DATAPREV.BAD_RESPONSE', message: 'Resposta inválida da Dataprev.' };
