import type { CtcGateway } from '../../../exchange/ctc.gateway';
import type { CallOutcome, PortabilityIn } from '../../domain/portability-in';
import type { InStep } from '../../domain/portability-in-state';

/** The Idempotency-Key of a proposal's open call: every retry, from any instance, names the same portability. */
export const openKeyOf = (proposalId: string): string => `consignadohub-portability-in-${proposalId}`;

const missing = (what: string): CallOutcome => ({ ok: false, failure: { kind: 'REFUSED', code: 'CTC.REQUEST_INCOMPLETE', message: `Portabilidade sem ${what}: chamada não enviada à câmara.` } });

/** One exchange call of a portability in's due step. Every one is idempotent at the exchange. */
export async function callExchange(ctc: CtcGateway, step: InStep, portability: PortabilityIn, signal: AbortSignal): Promise<CallOutcome> {
  const s = portability.snapshot;
  if (step === 'OPEN') {
    if (!s.cpf) return missing('CPF');
    const order = { idempotencyKey: openKeyOf(s.proposalId), originIspb: s.originIspb, originContractNumber: s.originContractNumber, cpf: s.cpf };
    return asOutcome(await ctc.open(order, signal));
  }
  if (!s.portabilityNumber) return missing('número (NU)');
  if (step === 'TRANSFER') return s.transferAmount ? asOutcome(await ctc.transfer(s.portabilityNumber, s.transferAmount, signal)) : missing('valor a transferir');
  return asOutcome(await ctc.cancel(s.portabilityNumber, { reason: 'CANCELADO_PELO_CLIENTE', detail: 'Portabilidade retirada pelo destino: proposta ou contrato cancelados, ou crédito recusado.' }, signal));
}

export const asOutcome = (result: Awaited<ReturnType<CtcGateway['get']>>): CallOutcome => (result.ok ? { ok: true, portability: result.value } : result);
