import type { EventEnvelope } from '@consignado/contracts';
import { brasiliaDay, dateBr } from './format';
import type { RenderedMessage } from './templates';

/*
 * pt-BR text for the formalization (R-LN-9, R-NT-1): the CCB of an approved credit was drawn up and
 * waits for the customer's acceptance in the app. No link (the customer opens the app, as a bank's
 * notice asks) and no hash: the acceptance is taken in the app, which shows the document it names.
 */

type Issued = EventEnvelope<'ContractIssued'>['payload'];

const PRODUCTS: Record<Issued['product'], string> = {
  INSS_CONSIGNADO: 'empréstimo consignado do INSS',
  SERVIDOR_CONSIGNADO: 'empréstimo consignado para servidor público',
  PERSONAL: 'empréstimo pessoal',
};

/** Whose contract, by operation: a new credit, a refinancing of one, or one brought from another bank. */
const OPERATIONS: Record<Issued['operationType'], (product: string) => string> = {
  NEW: (product) => `do seu ${product}`,
  REFINANCING: (product) => `do refinanciamento do seu ${product}`,
  PORTABILITY: (product) => `da portabilidade do seu ${product}`,
};

/** What accepting it does: the money released, the previous contract settled, or the other bank paid. */
const ON_ACCEPTANCE: Record<Issued['operationType'], string> = {
  NEW: 'para receber o valor na sua conta',
  REFINANCING: 'para quitar o contrato anterior e receber na sua conta o valor restante, se houver',
  PORTABILITY: 'para concluirmos a portabilidade, quitando o seu contrato na instituição de origem',
};

/** The contract is ready: read the CCB in the app and accept it; without an acceptance in time the proposal expires. */
export function renderContractIssued(event: EventEnvelope<'ContractIssued'>): RenderedMessage {
  const p = event.payload;
  return {
    template: 'CONTRACT_ISSUED',
    subject: 'Seu contrato está pronto para aceite',
    body:
      `O contrato ${OPERATIONS[p.operationType](PRODUCTS[p.product])} está pronto: a Cédula de Crédito Bancário (CCB), ` +
      `emitida em ${dateBr(brasiliaDay(p.issuedAt))}, está disponível no aplicativo. ` +
      `Leia o documento com atenção e aceite-o no aplicativo ${ON_ACCEPTANCE[p.operationType]}. ` +
      'Se não for aceito dentro do prazo, a proposta expira e nada é cobrado.',
  };
}
