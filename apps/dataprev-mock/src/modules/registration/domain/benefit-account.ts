import { fail, ok, type Result } from '@consignado/core';
import { DEFAULT_PARAMETERS, type IsoDate, type Money, type ParameterRegistry } from '@consignado/finance';
import { type Beneficiary, isBlockedForLoans } from '../../beneficiary/domain/beneficiary';
import type { DataprevError } from '../../beneficiary/domain/dataprev-error';
import type { AlterationRequest } from './alteration';
import { marginStatement, type MarginStatement } from './margin-statement';
import { Registration, type RegistrationRequest } from './registration';
import { benefitBlocked, marginInsufficient, registrationCancelled } from './registration-errors';

export interface Registered {
  readonly created: Registration;
  /** Registrations ended by a refinancing (the new deduction replaces them). */
  readonly replaced: readonly Registration[];
}

/**
 * One benefit and its active registrations: the consistency boundary of the margin. Callers load
 * it under a lock on the benefit (one registration or alteration at a time per benefit), so two
 * contracts can never both take the same margin (R-AV-3).
 */
export class BenefitAccount {
  constructor(
    readonly beneficiary: Beneficiary,
    private readonly active: readonly Registration[],
    private readonly today: IsoDate,
    private readonly parameters: ParameterRegistry = DEFAULT_PARAMETERS,
  ) {}

  statement(registrations: readonly Registration[] = this.active): MarginStatement {
    return marginStatement(this.beneficiary, registrations.map((r) => r.snapshot.installment), this.today, this.parameters);
  }

  /**
   * Registers a deduction when the benefit is not blocked and the installment fits the available
   * loan margin. A refinancing first frees the replaced contract's installment; a portability
   * moves an existing deduction from another bank and needs no new margin (R-LN-7).
   */
  register(request: RegistrationRequest, protocol: string, now: Date): Result<Registered, DataprevError> {
    if (isBlockedForLoans(this.beneficiary)) return fail(benefitBlocked());
    const replaced = this.active.filter((r) => request.refinancedContractId !== undefined && r.snapshot.contractId === request.refinancedContractId);
    const available = this.availableWithout(replaced);
    if (request.operationType !== 'PORTABILIDADE' && request.installment.gt(available)) return fail(marginInsufficient(available, request.installment));
    for (const r of replaced) r.cancel(now);
    return ok({ created: Registration.register(request, protocol, now), replaced });
  }

  /**
   * Changes an ACTIVE registration's installment and term ("Alterar contrato", e.g. after an
   * extraordinary amortization). A lower installment always fits; a higher one takes new margin:
   * it must fit the loan margin with this deduction's own installment freed, and a blocked benefit
   * refuses it. The values it already has change nothing (`altered` false: a retry).
   */
  alter(registration: Registration, request: AlterationRequest, now: Date): Result<{ altered: boolean }, DataprevError> {
    const s = registration.snapshot;
    if (!registration.isActive) return fail(registrationCancelled(s.protocol, s.cancelledAt));
    if (registration.hasTerms(request.installment, request.termMonths)) return ok({ altered: false });
    if (request.installment.gt(s.installment)) {
      if (isBlockedForLoans(this.beneficiary)) return fail(benefitBlocked());
      const available = this.availableWithout(this.active.filter((r) => r.snapshot.protocol === s.protocol));
      if (request.installment.gt(available)) return fail(marginInsufficient(available, request.installment));
    }
    registration.alter(request, now);
    return ok({ altered: true });
  }

  /** The available loan margin once `freed` no longer deduct. */
  private availableWithout(freed: readonly Registration[]): Money {
    return this.statement(this.active.filter((r) => !freed.includes(r))).loan.available;
  }
}
