import { CUSTOMER_ENTITIES, CUSTOMER_MIGRATIONS } from './modules/customer/database';

/** Every table of the service, and the migrations that create them in order. */
export const PROPOSAL_SERVICE_ENTITIES = [...CUSTOMER_ENTITIES];
export const PROPOSAL_SERVICE_MIGRATIONS = [...CUSTOMER_MIGRATIONS];
