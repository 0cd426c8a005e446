/** The four Dataprev operations of seed 003 §5.1, as chaos scripts and call counters name them. */
export const DATAPREV_OPERATIONS = ['QUERY_MARGIN', 'REGISTER', 'CANCEL', 'LIST_REGISTRATIONS'] as const;
export type DataprevOperation = (typeof DATAPREV_OPERATIONS)[number];
