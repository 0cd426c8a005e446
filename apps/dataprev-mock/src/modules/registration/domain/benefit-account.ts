import { fail, ok, type Result } from '@consignado/core';
import { DEFAULT_PARAMETERS, type IsoDate, type Money, type ParameterRegistry } from '@consignado/finance';
import { type Beneficiary, isBlockedForLoans } from '../../beneficiary/domain/beneficiary';
import { DataprevError } from '../../beneficiary/domain/dataprev-error';
import { marginStatement, type MarginStatement } from './margin-statement';
import { Registration, type RegistrationRequest } from './registration';

export interface Registered {
  readonly created: Registration;
  /** Registrations ended by a refinancing (the new deduction replaces them). */
  readonly replaced: readonly Registration[];
}

/** "R$ 1.234,56" for pt-BR messages. */
const brl = (m: Money): string => {
  const [units, cents] = m.toString().split('.');
  return `R$ ${units.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${cents}`;
};

/**
 * One benefit and its active registrations: the consistency boundary of the margin. Callers load
 * it under a lock on the benefit (one registration at a time per benefit), so two contracts can
 * never both take the same margin (R-AV-3).
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
    if (isBlockedForLoans(this.beneficiary)) {
      return fail(new DataprevError('DATAPREV.BENEFIT_BLOCKED', 'Benefício bloqueado para empréstimo consignado.'));
    }
    const replaced = this.active.filter((r) => request.refinancedContractId !== undefined && r.snapshot.contractId === request.refinancedContractId);
    const remaining = this.active.filter((r) => !replaced.includes(r));
    const available = this.statement(remaining).loan.available;
    if (request.operationType !== 'PORTABILIDADE' && request.installment.gt(available)) {
      return fail(
        new DataprevError('DATAPREV.MARGIN_INSUFFICIENT', `Margem consignável insuficiente: disponível ${brl(available)}, parcela ${brl(request.installment)}.`, {
          available: available.toString(),
          installment: request.installment.toString(),
        }),
      );
    }
    for (const r of replaced) r.cancel(now);
    return ok({ created: Registration.register(request, protocol, now), replaced });
  }
}
