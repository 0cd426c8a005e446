/** The Dataprev operations (seed 003 §5.1 and "Alterar contrato"), as chaos scripts and call counters name them. */
export const DATAPREV_OPERATIONS = ['QUERY_MARGIN', 'REGISTER', 'ALTER', 'CANCEL', 'LIST_REGISTRATIONS'] as const;
export type DataprevOperation = (typeof DATAPREV_OPERATIONS)[number];
