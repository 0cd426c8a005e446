import type { IsoDate } from '@consignado/finance';
import { type DecisionReason, reason } from './reason';

const NOT_FOUND = { code: 'CREDIT.REFINANCED_CONTRACT_NOT_FOUND', message: 'Contrato a refinanciar não encontrado para este cliente.' };

/** The contract named by the proposal is known (from loan's ContractPositionChanged). */
export function refinancedFoundRule(rule: string, contractId: string | undefined, found: boolean, version: string): DecisionReason {
  return reason({
    rule,
    passed: found,
    measured: contractId === undefined ? 'não informado' : found ? 'encontrado' : 'não encontrado',
    limit: 'contrato conhecido da análise de crédito',
    parameterVersion: version,
    failure: NOT_FOUND,
    success: 'Contrato a refinanciar encontrado.',
  });
}

/** Only the contract's own customer may refinance it; the message does not tell whose it is. */
export function sameCustomerRule(rule: string, same: boolean, version: string): DecisionReason {
  return reason({
    rule,
    passed: same,
    measured: same ? 'mesmo cliente' : 'outro cliente',
    limit: 'mesmo cliente',
    parameterVersion: version,
    failure: NOT_FOUND,
    success: 'Contrato a refinanciar pertence ao cliente.',
  });
}

/** Only a contract in force is refinanced (R-LN-6). */
export function refinancedActiveRule(rule: string, status: string, version: string): DecisionReason {
  return reason({
    rule,
    passed: status === 'ACTIVE',
    measured: status,
    limit: 'ACTIVE',
    parameterVersion: version,
    failure: { code: 'CREDIT.REFINANCED_CONTRACT_NOT_ACTIVE', message: `Contrato a refinanciar não está ativo (situação ${status}).` },
    success: 'Contrato a refinanciar ativo.',
  });
}

/**
 * A blocked contract (R-LN-8: judicial order, suspected fraud, death) is not refinanced until staff
 * lift the block. The block's reason stays out of the verdict: reasons travel in CreditRejected to
 * the proposal's channel and the customer's contacts, and a death must not be told there.
 */
export function notBlockedRule(rule: string, blockedSince: string | undefined, version: string): DecisionReason {
  return reason({
    rule,
    passed: blockedSince === undefined,
    measured: blockedSince === undefined ? 'não bloqueado' : `bloqueado desde ${blockedSince}`,
    limit: 'não bloqueado',
    parameterVersion: version,
    failure: { code: 'CREDIT.REFINANCED_CONTRACT_BLOCKED', message: 'Contrato bloqueado: refinanciamento suspenso até o desbloqueio.' },
    success: 'Contrato a refinanciar não bloqueado.',
  });
}

/** No unpaid installment fell due before the new contract's date (finance `hasOverdue`). */
export function noOverdueRule(rule: string, overdue: number, date: IsoDate, version: string): DecisionReason {
  return reason({
    rule,
    passed: overdue === 0,
    measured: `${overdue} parcela(s) vencida(s) em ${date.toString()}`,
    limit: 'nenhuma parcela vencida',
    parameterVersion: version,
    failure: { code: 'CREDIT.REFINANCED_CONTRACT_OVERDUE', message: `O contrato a refinanciar tem ${overdue} parcela(s) vencida(s) e não paga(s): regularize-as antes de refinanciar.` },
    success: 'Contrato a refinanciar sem parcelas vencidas.',
  });
}
