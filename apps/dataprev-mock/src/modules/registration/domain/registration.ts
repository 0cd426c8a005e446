import type { IsoDate, Money } from '@consignado/finance';
import type { Alteration, AlterationRequest } from './alteration';
import type { PortabilityOrigin } from './portability-origin';

export const OPERATION_TYPES = ['NOVO', 'REFINANCIAMENTO', 'PORTABILIDADE'] as const;
export type OperationType = (typeof OPERATION_TYPES)[number];

export type RegistrationStatus = 'ACTIVE' | 'CANCELLED';

/** What a bank asks Dataprev to register ("averbar"). */
export interface RegistrationRequest {
  readonly contractId: string;
  readonly benefitNumber: string;
  readonly cpf: string;
  readonly installment: Money;
  readonly termMonths: number;
  readonly firstDeductionDate: IsoDate;
  readonly operationType: OperationType;
  /** REFINANCIAMENTO: the contract whose deduction the new one replaces (same benefit). */
  readonly refinancedContractId?: string;
  /** PORTABILIDADE: the other bank's contract this one brings in. */
  readonly portabilityOrigin?: PortabilityOrigin;
}

/** `installment` and `termMonths` are the current values; the registered ones open the history. */
export interface RegistrationState extends RegistrationRequest {
  readonly protocol: string;
  status: RegistrationStatus;
  installment: Money;
  termMonths: number;
  readonly registeredAt: Date;
  cancelledAt?: Date;
  readonly alterations: Alteration[];
}

/** Legal moves of a registration; anything else is refused (only ACTIVE → CANCELLED exists). */
const TRANSITIONS: Readonly<Record<RegistrationStatus, readonly RegistrationStatus[]>> = { ACTIVE: ['CANCELLED'], CANCELLED: [] };

/** A payroll deduction registered at Dataprev ("averbação"), identified by its protocol. */
export class Registration {
  constructor(private readonly state: RegistrationState) {}

  static register(request: RegistrationRequest, protocol: string, now: Date): Registration {
    return new Registration({ ...request, protocol, status: 'ACTIVE', registeredAt: now, alterations: [] });
  }

  get snapshot(): Readonly<RegistrationState> {
    return this.state;
  }

  get isActive(): boolean {
    return this.state.status === 'ACTIVE';
  }

  /** The installment and term the bank registered, before any alteration. */
  get registeredTerms(): { installment: Money; termMonths: number } {
    const first = this.state.alterations[0];
    return first ? { installment: first.previousInstallment, termMonths: first.previousTermMonths } : { installment: this.state.installment, termMonths: this.state.termMonths };
  }

  /** Ends the deduction; cancelling a cancelled registration changes nothing (idempotent). */
  cancel(now: Date): void {
    if (this.state.status === 'CANCELLED') return;
    if (!TRANSITIONS[this.state.status].includes('CANCELLED')) throw new Error(`illegal transition ${this.state.status} → CANCELLED`);
    this.state.status = 'CANCELLED';
    this.state.cancelledAt = now;
  }

  /** True when the deduction already has these values (an alteration repeated changes nothing). */
  hasTerms(installment: Money, termMonths: number): boolean {
    return this.state.installment.eq(installment) && this.state.termMonths === termMonths;
  }

  /** Sets the deduction's new values and records the ones they replace. Margin is the caller's (BenefitAccount). */
  alter(request: AlterationRequest, now: Date): void {
    const s = this.state;
    if (s.status !== 'ACTIVE') throw new Error(`illegal alteration of a ${s.status} registration`);
    s.alterations.push({ previousInstallment: s.installment, previousTermMonths: s.termMonths, installment: request.installment, termMonths: request.termMonths, reason: request.reason, alteredAt: now });
    s.installment = request.installment;
    s.termMonths = request.termMonths;
  }

  /** True when `request` asks for exactly this registration as registered (a retry by the bank). */
  sameAs(request: RegistrationRequest): boolean {
    const s = this.state;
    const registered = this.registeredTerms;
    return (
      s.benefitNumber === request.benefitNumber &&
      s.cpf === request.cpf &&
      registered.installment.eq(request.installment) &&
      registered.termMonths === request.termMonths &&
      s.firstDeductionDate.equals(request.firstDeductionDate) &&
      s.operationType === request.operationType &&
      (s.refinancedContractId ?? null) === (request.refinancedContractId ?? null) &&
      sameOrigin(s.portabilityOrigin, request.portabilityOrigin)
    );
  }
}

const sameOrigin = (a?: PortabilityOrigin, b?: PortabilityOrigin): boolean =>
  a?.institutionIspb === b?.institutionIspb && a?.contractNumber === b?.contractNumber;
