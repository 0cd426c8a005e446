import type { ProposalOperationType, PayloadOf } from '@consignado/contracts';

/** Who Dataprev checks on every call: the CPF that holds the benefit. */
export interface BenefitHolder {
  benefitNumber: string;
  cpf: string;
}

/** A margin answer as the platform carries it (MarginChecked without the request's ids). */
export type DataprevMargin = Omit<PayloadOf<'MarginChecked'>, 'proposalId' | 'benefitNumber' | 'fromCache'>;

/** The other bank's contract a portability brings in (R-LN-7), named as contracts' PortabilityOrigin. */
export interface PortabilityOriginRef {
  /** ISPB of the origin institution (8 digits). */
  originInstitutionIspb: string;
  originContractNumber: string;
}

/** What the connector asks Dataprev to register. */
export interface RegistrationOrder extends BenefitHolder {
  contractId: string;
  installmentAmount: string;
  termMonths: number;
  firstDueDate: string;
  operationType: ProposalOperationType;
  refinancedContractId?: string;
  /** Required by Dataprev when operationType is PORTABILITY, refused otherwise. */
  portabilityOrigin?: PortabilityOriginRef;
}

/**
 * Why a registered deduction changes: R-LN-5, ContractAmended after an extraordinary amortization;
 * R-LN-8, a late contract's workout, whose RENEGOTIATION contract takes over the deduction.
 */
export type AlterationReason = 'EXTRA_AMORTIZATION' | 'RENEGOTIATION';

/** What the connector asks Dataprev to change on a registered deduction ("Alterar contrato"). */
export interface AlterationOrder {
  protocol: string;
  /** The installment in force from now on ("250.00"), lower or higher. */
  installmentAmount: string;
  /** The installments still to deduct from now on (the amended plan's remaining rows, or the renegotiation's term). */
  termMonths: number;
  reason: AlterationReason;
}

export interface DataprevRegistration {
  protocol: string;
  contractId: string;
  active: boolean;
  registeredAt: string;
}

/** A registration with the installment and term Dataprev now deducts (the answer to an alteration). */
export interface DataprevRegistrationTerms extends DataprevRegistration {
  installmentAmount: string;
  termMonths: number;
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
