import { maskCpf } from '@consignado/core';
import type { ContractProps } from '../contract-props';
import { civilDate } from '../regret-window';
import { ccbClauses } from './ccb-clauses';
import { CCB_ISSUER, CCB_TITLE, CHANNEL_LABELS, OPERATION_LABELS, PRODUCT_LABELS } from './ccb-labels';
import { ccbSchedule, type CcbTable } from './ccb-schedule';
import { operationSections, termsSection } from './ccb-sections';
import { ptDate } from './pt-br';

/** A titled block of "label: value" lines. */
export interface CcbSection {
  readonly heading: string;
  readonly lines: ReadonlyArray<readonly [label: string, value: string]>;
}

/** A clause: heading and its text (the renderer wraps it). */
export interface CcbClause {
  readonly heading: string;
  readonly text: string;
}

/** What the CCB says, in pt-BR, in reading order; the PDF adapter only draws it. */
export interface CcbContent {
  readonly title: string;
  readonly number: string;
  readonly sections: readonly CcbSection[];
  readonly schedule: CcbTable;
  readonly clauses: readonly CcbClause[];
  readonly footer: string;
}

/**
 * The CCB of a contract AWAITING_ACCEPTANCE (R-LN-9), from its approved terms and booked schedule:
 * who (customer id and masked CPF only — the document is stored in clear), the operation, the
 * terms, the full schedule and the clauses. Pure: the same contract and time give the same text.
 */
export function ccbContent(contract: ContractProps, cpf: string, issuedAt: Date): CcbContent {
  const parties: CcbSection = {
    heading: 'Identificação',
    lines: [
      ['Número da CCB', contract.id], ['Data de emissão', ptDate(civilDate(issuedAt))], ['Credor', CCB_ISSUER],
      ['Devedor (cliente)', contract.customerId], ['CPF do devedor', maskCpf(cpf)], ['Proposta', contract.proposalId],
      ['Canal', CHANNEL_LABELS[contract.channel]], ['Produto', PRODUCT_LABELS[contract.product]], ['Operação', OPERATION_LABELS[contract.operationType]],
    ],
  };
  return {
    title: CCB_TITLE,
    number: `CCB nº ${contract.id}`,
    sections: [parties, termsSection(contract), ...operationSections(contract)],
    schedule: ccbSchedule(contract),
    clauses: ccbClauses(contract),
    footer: `Versão de parâmetros: ${contract.parameterVersion}. Documento emitido eletronicamente; sua integridade é verificada pelo SHA-256 informado no aceite.`,
  };
}
