import type { Cpf } from '@consignado/finance';
import type { StatusChange } from '../../portability/domain/portability-state';
import { contractFor, type Counterparts } from './counterparts';
import type { PlannedAction } from './simulated-action';

/**
 * What the simulated banks will do after a status change: a simulated origin answers a request
 * (or refuses it as unknown) and settles a transfer; a simulated destination acts on the answer.
 * A SILENT origin and a NO_TRANSFER destination plan nothing: their deadlines will pass.
 */
export function planAfter(change: StatusChange, cpf: Cpf, c: Counterparts): PlannedAction[] {
  const contract = contractFor(c, cpf);
  switch (change.to) {
    case 'PENDING':
      if (!c.originSimulated) return [];
      if (!contract) return [{ action: 'ORIGIN_NOT_FOUND', delayMs: c.defaultDelayMs }];
      return contract.behaviour === 'SILENT' ? [] : [{ action: 'ORIGIN_ANSWER', delayMs: contract.answerDelayMs }];
    case 'ACCEPTED_SETTLEMENT_IN_PROGRESS':
      return c.destination && c.destination.behaviour !== 'NO_TRANSFER' ? [{ action: 'DESTINATION_ACT', delayMs: c.destination.delayMs }] : [];
    case 'ACCEPTED_SETTLEMENT_COMPLETED':
      return c.originSimulated && contract ? [{ action: 'ORIGIN_SETTLE', delayMs: contract.settlementDelayMs }] : [];
    default:
      return [];
  }
}
