/* Shapes accepted at the proposal API's edge, besides the shared ones (libs/service-kit). */
export { DATE_INPUT, MONEY_INPUT } from '@consignado/service-kit';

/** Monthly rate as a fraction below one: "0.0185" = 1.85% a.m. */
export const RATE_INPUT = /^0(\.\d{1,12})?$/;

export const MONEY_EXAMPLE = '10000.00';
