import type { Portability } from './portability';
import type { StatusChange } from './portability-state';

/** What a status change logs: who, which contract, the move, and the customer's CPF masked (LGPD). */
export function changeLogFields(portability: Portability, change: StatusChange): Record<string, string> {
  const s = portability.state;
  return {
    nu: change.nu,
    change: `${change.from ?? '—'} → ${change.to}`,
    originIspb: s.originIspb,
    destinationIspb: s.destinationIspb,
    originContractNumber: s.originContractNumber,
    cpf: s.cpf.mask(),
    ...(s.closure && change.to === s.status ? { reason: s.closure.reason, by: s.closure.by } : {}),
  };
}
