import type { IsoDate, Money } from '@consignado/finance';

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
}

export interface RegistrationState extends RegistrationRequest {
  readonly protocol: string;
  status: RegistrationStatus;
  readonly registeredAt: Date;
  cancelledAt?: Date;
}

/** Legal moves of a registration; anything else is refused (only ACTIVE → CANCELLED exists). */
const TRANSITIONS: Readonly<Record<RegistrationStatus, readonly RegistrationStatus[]>> = { ACTIVE: ['CANCELLED'], CANCELLED: [] };

/** A payroll deduction registered at Dataprev ("averbação"), identified by its protocol. */
export class Registration {
  constructor(private readonly state: RegistrationState) {}

  static register(request: RegistrationRequest, protocol: string, now: Date): Registration {
    return new Registration({ ...request, protocol, status: 'ACTIVE', registeredAt: now });
  }

  get snapshot(): Readonly<RegistrationState> {
    return this.state;
  }

  get isActive(): boolean {
    return this.state.status === 'ACTIVE';
  }

  /** Ends the deduction; cancelling a cancelled registration changes nothing (idempotent). */
  cancel(now: Date): void {
    if (this.state.status === 'CANCELLED') return;
    if (!TRANSITIONS[this.state.status].includes('CANCELLED')) throw new Error(`illegal transition ${this.state.status} → CANCELLED`);
    this.state.status = 'CANCELLED';
    this.state.cancelledAt = now;
  }

  /** True when `request` asks for exactly this registration (a retry by the bank). */
  sameAs(request: RegistrationRequest): boolean {
    const s = this.state;
    return (
      s.benefitNumber === request.benefitNumber &&
      s.cpf === request.cpf &&
      s.installment.eq(request.installment) &&
      s.termMonths === request.termMonths &&
      s.firstDeductionDate.equals(request.firstDeductionDate) &&
      s.operationType === request.operationType &&
      (s.refinancedContractId ?? null) === (request.refinancedContractId ?? null)
    );
  }
}
