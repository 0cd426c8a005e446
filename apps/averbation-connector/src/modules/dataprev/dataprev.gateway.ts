import type { BenefitHolder, DataprevMargin, DataprevRegistration, DataprevResult, RegistrationOrder } from './dataprev.types';

export const DATAPREV_GATEWAY = Symbol('DATAPREV_GATEWAY');

/**
 * Port: the four Dataprev operations of seed 003 §5.1. Never throws for Dataprev's behaviour:
 * every answer, refusal, timeout or outage comes back as a result. `signal` aborts the call when
 * this instance stops.
 */
export interface DataprevGateway {
  queryMargin(holder: BenefitHolder, signal?: AbortSignal): Promise<DataprevResult<DataprevMargin>>;
  register(order: RegistrationOrder, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistration>>;
  cancel(protocol: string, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistration>>;
  listRegistrations(holder: BenefitHolder, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistration[]>>;
  /** Resolves when Dataprev answers its liveness probe. */
  ping(): Promise<void>;
}
