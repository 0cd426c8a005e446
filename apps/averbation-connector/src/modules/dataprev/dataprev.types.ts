import type { OperationType, PayloadOf } from '@consignado/contracts';

/** Who Dataprev checks on every call: the CPF that holds the benefit. */
export interface BenefitHolder {
  benefitNumber: string;
  cpf: string;
}

/** A margin answer as the platform carries it (MarginChecked without the request's ids). */
export type DataprevMargin = Omit<PayloadOf<'MarginChecked'>, 'proposalId' | 'benefitNumber' | 'fromCache'>;

/** What the connector asks Dataprev to register. */
export interface RegistrationOrder extends BenefitHolder {
  contractId: string;
  installmentAmount: string;
  termMonths: number;
  firstDueDate: string;
  operationType: OperationType;
  refinancedContractId?: string;
}

export interface DataprevRegistration {
  protocol: string;
  contractId: string;
  active: boolean;
  registeredAt: string;
}

/**
 * Why a call did not succeed. TRANSIENT: worth retrying (5xx, timeouts, outages, a garbled
 * answer). REFUSED: a business answer that will not change by retrying (no margin, blocked or
 * unknown benefit). ABORTED: this instance is stopping; the call proves nothing.
 */
export interface DataprevFailure {
  kind: 'TRANSIENT' | 'REFUSED' | 'ABORTED';
  /** Platform code, e.g. AVERBATION.MARGIN_INSUFFICIENT, DATAPREV.UNAVAILABLE. */
  code: string;
  /** pt-BR (D-6). */
  message: string;
  /** Dataprev's own code, when it sent one. */
  dataprevCode?: string;
  status?: number;
}

export type DataprevResult<T> = { ok: true; value: T } | { ok: false; failure: DataprevFailure };
