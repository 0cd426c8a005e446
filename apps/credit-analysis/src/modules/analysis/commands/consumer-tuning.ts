import type { EventingOptions } from '@consignado/eventing';
import { PERMANENT_PROJECTION_CODES } from '../../contract-projection/domain/projection.errors';
import { PERMANENT_ANALYSIS_CODES } from '../domain/analysis.errors';

/**
 * Inconsistent events go to the DLQ at once. The retry policy stays libs/messaging's default
 * (5 attempts, 200 ms doubling): kafkajs fetches again only when every batch of the previous fetch
 * is done, so on one broker a retrying event holds up every partition; a longer budget would stall
 * the service without helping an early margin answer, which is dead-lettered and replayable instead.
 */
export const CONSUMER_TUNING: NonNullable<EventingOptions['consumer']> = {
  permanentErrorCodes: [...PERMANENT_ANALYSIS_CODES, ...PERMANENT_PROJECTION_CODES],
};
