import type {
  AlterationOrder,
  BenefitHolder,
  DataprevMargin,
  DataprevRegistration,
  DataprevRegistrationTerms,
  DataprevResult,
  RegistrationOrder,
} from './dataprev.types';

export const DATAPREV_GATEWAY = Symbol('DATAPREV_GATEWAY');

/**
 * Port: the Dataprev operations (seed 003 §5.1, and "Alterar contrato"). Never throws for
 * Dataprev's behaviour: every answer, refusal, timeout or outage comes back as a result. `signal`
 * aborts the call when this instance stops.
 */
export interface DataprevGateway {
  queryMargin(holder: BenefitHolder, signal?: AbortSignal): Promise<DataprevResult<DataprevMargin>>;
  register(order: RegistrationOrder, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistration>>;
  /**
   * Sets a registered deduction's installment and term (idempotent: the values it already has
   * answer the same). Refusals: AVERBATION.MARGIN_INSUFFICIENT (an increase that does not fit),
   * AVERBATION.REGISTRATION_CANCELLED, DATAPREV.REGISTRATION_NOT_FOUND.
   */
  alter(order: AlterationOrder, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistrationTerms>>;
  cancel(protocol: string, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistration>>;
  listRegistrations(holder: BenefitHolder, signal?: AbortSignal): Promise<DataprevResult<DataprevRegistration[]>>;
  /** Resolves when Dataprev answers its liveness probe. */
  ping(): Promise<void>;
}
