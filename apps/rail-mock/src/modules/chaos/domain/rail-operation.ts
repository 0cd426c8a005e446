/** The transfers API's operations, as chaos scripts and call counters name them. */
export const RAIL_OPERATIONS = ['CREATE_TRANSFER', 'GET_TRANSFER'] as const;
export type RailOperation = (typeof RAIL_OPERATIONS)[number];
