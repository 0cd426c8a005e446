import type { Channel, OperationType, Product } from '../contract-vocabulary';

/** The lender that issues the CCB: ConsignadoHub, development ISPB 99000001 (no real institution's). */
export const CCB_ISSUER = 'ConsignadoHub — instituição credora, ISPB 99000001';

export const CCB_TITLE = 'Cédula de Crédito Bancário';

/** pt-BR names of the words the contract shares with the catalogue. */
export const CHANNEL_LABELS: Readonly<Record<Channel, string>> = {
  DIGITAL: 'Digital (aplicativo do cliente)',
  CORBAN: 'Correspondente bancário',
  INTERNAL: 'Atendimento interno',
};

export const PRODUCT_LABELS: Readonly<Record<Product, string>> = {
  INSS_CONSIGNADO: 'Crédito consignado INSS',
  SERVIDOR_CONSIGNADO: 'Crédito consignado de servidor público',
  PERSONAL: 'Crédito pessoal',
};

export const OPERATION_LABELS: Readonly<Record<OperationType, string>> = {
  NEW: 'Contratação nova',
  REFINANCING: 'Refinanciamento',
  PORTABILITY: 'Portabilidade de crédito',
  RENEGOTIATION: 'Renegociação',
};

/** The schedule table's columns, in the order of its rows. */
export const SCHEDULE_COLUMNS = ['Nº', 'Vencimento', 'Parcela', 'Juros', 'Amortização', 'Saldo devedor'] as const;
