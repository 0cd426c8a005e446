import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@consignado/contracts';
import { HandlesEvent, type EventContext } from '@consignado/eventing';
import { payrollDeductionOf } from '../../domain/payroll-deduction';
import { PAYROLL_DEDUCTION_REPOSITORY, type PayrollDeductionRepository } from '../../database/payroll-deduction.repository';

/**
 * AverbationCompleted → the payroll-deduction registration is kept for the contract, whether or
 * not its activation has reached payment yet (the two events travel on different topics).
 */
@Injectable()
export class RecordPayrollDeductionEventHandler {
  private readonly logger = new Logger('RecordPayrollDeduction');

  constructor(@Inject(PAYROLL_DEDUCTION_REPOSITORY) private readonly deductions: PayrollDeductionRepository) {}

  @HandlesEvent('AverbationCompleted')
  async onAverbationCompleted(event: EventEnvelope<'AverbationCompleted'>, ctx: EventContext): Promise<void> {
    const added = await this.deductions.addIfAbsent(ctx.manager, payrollDeductionOf(event.payload));
    this.logger.log(`AverbationCompleted: ${added ? 'RECORDED' : 'UNCHANGED'}`, { contractId: event.payload.contractId });
  }
}
