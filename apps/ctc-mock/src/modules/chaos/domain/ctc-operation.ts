/** The participant API's operations, as chaos scripts and call counters name them. */
export const CTC_OPERATIONS = ['REQUEST', 'GET', 'ANSWER_BALANCE', 'REJECT', 'TRANSFER', 'CONFIRM_SETTLEMENT', 'CANCEL', 'READ_FEED'] as const;
export type CtcOperation = (typeof CTC_OPERATIONS)[number];
