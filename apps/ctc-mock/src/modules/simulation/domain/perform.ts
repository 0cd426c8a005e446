import { fail, ok, type Result } from '@consignado/core';
import { CtcError } from '../../portability/domain/ctc-error';
import type { DeadlinePolicy, ExchangeTime } from '../../portability/domain/deadline-policy';
import type { Portability } from '../../portability/domain/portability';
import { contractFor, type Counterparts } from './counterparts';
import { answerOf } from './simulated-bank';
import type { PlannedAction, SimulatedAction } from './simulated-action';

export interface Performed {
  readonly result: Result<boolean, CtcError>;
  /** Moves this one leads to without a status change (a retaining bank refuses later). */
  readonly followUps: PlannedAction[];
}

const done = (result: Result<boolean, CtcError>, followUps: PlannedAction[] = []): Performed => ({ result, followUps });
const gone = (): Performed => done(fail(new CtcError('CTC.PORTABILITY.NOT_FOUND', 'O banco simulado não tem mais este contrato.')));

/** A simulated bank's move on a portability, through the same rules as a participant's. */
export function perform(action: SimulatedAction, p: Portability, c: Counterparts, time: ExchangeTime, policy: DeadlinePolicy): Performed {
  const contract = contractFor(c, p.state.cpf);
  switch (action) {
    case 'ORIGIN_NOT_FOUND':
      return done(p.reject('ORIGIN', 'CONTRATO_NAO_ENCONTRADO', time.now));
    case 'ORIGIN_RETAIN':
      return done(p.reject('ORIGIN', 'RETENCAO_DO_CLIENTE', time.now, 'Cliente aceitou a contraproposta de retenção.'));
    case 'ORIGIN_ANSWER':
      if (!contract) return gone();
      if (contract.behaviour === 'REFUSE') return done(p.reject('ORIGIN', contract.refusalReason ?? 'OUTROS', time.now));
      if (contract.behaviour === 'SILENT') return done(ok(false));
      return done(p.answerBalance('ORIGIN', answerOf(contract, time.today), time, policy), contract.behaviour === 'RETAIN' ? [{ action: 'ORIGIN_RETAIN', delayMs: contract.answerDelayMs }] : []);
    case 'ORIGIN_SETTLE':
      if (!contract) return gone();
      return done(contract.behaviour === 'RETURN_FUNDS' ? p.returnFunds('ORIGIN', time.now) : p.confirmSettlement('ORIGIN', `QUIT-${contract.contractNumber}`, time.now));
    case 'DESTINATION_ACT': {
      const balance = p.state.answer?.balance;
      if (c.destination?.behaviour === 'CANCEL') return done(p.cancel('DESTINATION', 'CANCELADO_PELO_CLIENTE', time.now));
      if (c.destination?.behaviour !== 'TRANSFER' || !balance) return done(ok(false));
      return done(p.transfer('DESTINATION', balance, time, policy));
    }
  }
}
