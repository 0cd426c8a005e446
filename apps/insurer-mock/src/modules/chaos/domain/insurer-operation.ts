/** The claims API's operations, as chaos scripts and call counters name them. */
export const INSURER_OPERATIONS = ['FILE_CLAIM', 'GET_CLAIM'] as const;
export type InsurerOperation = (typeof INSURER_OPERATIONS)[number];
