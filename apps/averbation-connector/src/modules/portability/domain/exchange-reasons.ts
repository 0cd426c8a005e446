import type { PayloadOf } from '@consignado/contracts';
import type { CtcFailure } from '../../exchange/ctc-failure';
import type { CtcClosure } from '../../exchange/ctc.types';

/** Why a portability in ended, as PortabilityRequestFailed / PortabilityTransferFailed report it. */
export interface InFailure<R extends string> {
  reason: R;
  /** `PORTABILITY.<the exchange's reason or code>`, e.g. PORTABILITY.RETENCAO_DO_CLIENTE. */
  code: string;
  /** pt-BR (D-6). */
  message: string;
}
export type RequestFailure = InFailure<PayloadOf<'PortabilityRequestFailed'>['reason']>;
export type TransferFailure = InFailure<PayloadOf<'PortabilityTransferFailed'>['reason']>;

/** The exchange's closure reasons in words a customer reads. */
const MESSAGES: Readonly<Record<string, string>> = {
  RETENCAO_DO_CLIENTE: 'O cliente aceitou a contraproposta de retenção da instituição de origem.',
  DECURSO_DO_PRAZO: 'A instituição de origem não informou o saldo devedor dentro do prazo.',
  DECURSO_DO_PRAZO_PARA_PAGAMENTO: 'O prazo para transferir o saldo devedor à instituição de origem terminou.',
  CONTRATO_NAO_ENCONTRADO: 'A instituição de origem não encontrou o contrato informado.',
  CONTRATO_LIQUIDADO: 'O contrato já foi liquidado na instituição de origem.',
  PORTABILIDADE_EM_ANDAMENTO: 'Já existe uma portabilidade em andamento para este contrato.',
  CLIENTE_COM_ACAO_JUDICIAL: 'O contrato tem ação judicial na instituição de origem.',
  MODALIDADE_DA_OPERACAO_INCOMPATIVEL: 'A modalidade do contrato não permite a portabilidade.',
  DEVOLUCAO_STR0048: 'A instituição de origem devolveu os recursos transferidos (STR0048).',
  CANCELADO_PELO_CLIENTE: 'A portabilidade foi cancelada a pedido do cliente.',
};
const OTHER = 'A instituição de origem recusou a portabilidade.';

const isDeadline = (reason: string) => reason === 'DECURSO_DO_PRAZO' || reason === 'DECURSO_DO_PRAZO_PARA_PAGAMENTO';

/** A portability that ended at the exchange before the balance came (REJECTED or CANCELLED). */
export function requestFailureOf(closure: CtcClosure): RequestFailure {
  const reason = closure.reason === 'RETENCAO_DO_CLIENTE' ? 'CUSTOMER_RETAINED' : isDeadline(closure.reason) ? 'DEADLINE_EXPIRED' : 'ORIGIN_REFUSED';
  return { reason, code: `PORTABILITY.${closure.reason}`, message: MESSAGES[closure.reason] ?? OTHER };
}

/** A portability that ended after the balance: funds returned (PAYMENT_ISSUE), a deadline, or a refusal. */
export function transferFailureOf(closure: CtcClosure): TransferFailure {
  const reason = closure.kind === 'PAYMENT_ISSUE' ? 'FUNDS_RETURNED' : isDeadline(closure.reason) ? 'DEADLINE_EXPIRED' : 'ORIGIN_REFUSED';
  return { reason, code: `PORTABILITY.${closure.reason}`, message: MESSAGES[closure.reason] ?? OTHER };
}

/** The exchange's code as ours: CTC.PORTABILIDADE_EM_ANDAMENTO → PORTABILITY.PORTABILIDADE_EM_ANDAMENTO. */
const codeOf = (failure: CtcFailure) => `PORTABILITY.${failure.code.replace(/^CTC\./, '').replace(/\./g, '_')}`;

/** The exchange refused a call of ours for good, or kept failing past the retry limit. */
export function callFailure(failure: CtcFailure, attempts: number): RequestFailure & TransferFailure {
  if (failure.kind !== 'REFUSED') {
    const message = `Câmara de portabilidade (CTC) indisponível: ${failure.message} Operação não concluída após ${attempts} tentativas.`;
    return { reason: 'EXCHANGE_UNAVAILABLE', code: 'PORTABILITY.EXCHANGE_UNAVAILABLE', message };
  }
  return { reason: failure.code === 'CTC.DEADLINE_EXPIRED' ? 'DEADLINE_EXPIRED' : 'ORIGIN_REFUSED', code: codeOf(failure), message: failure.message };
}
