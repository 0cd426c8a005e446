import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { boundCustomerOf, CurrentPrincipal, type Principal, Secured } from '@consignado/auth';
import { BillingNotFoundError } from '../../domain/billing.errors';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../../disbursement/database/disbursement.repository';
import { BILLING_REPOSITORY, type BillingRepository } from '../../database/billing.repository';
import { CREDIT_APPLICATION_REPOSITORY, type CreditApplicationRepository } from '../../database/credit-application.repository';
import { PAYROLL_DEDUCTION_REPOSITORY, type PayrollDeductionRepository } from '../../database/payroll-deduction.repository';
import { REFINANCING_HOLD_REPOSITORY, type RefinancingHoldRepository } from '../../database/refinancing-hold.repository';
import { BillingView, toBillingView } from './billing.view';
import { creditApplicationView, creditRefundView } from './credit.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('billing')
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/contracts')
export class GetInstallmentsController {
  constructor(
    @Inject(BILLING_REPOSITORY) private readonly billings: BillingRepository,
    @Inject(PAYROLL_DEDUCTION_REPOSITORY) private readonly deductions: PayrollDeductionRepository,
    @Inject(REFINANCING_HOLD_REPOSITORY) private readonly holds: RefinancingHoldRepository,
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    @Inject(CREDIT_APPLICATION_REPOSITORY) private readonly applications: CreditApplicationRepository,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * The billing view of a contract: the plan in force, installments to collect, the payroll
   * deduction, a pending refinancing, the credit with its refunds and applications. A customer reads only their own contracts (anyone else's is not found).
   */
  @Get(':contractId/installments')
  @ApiOkResponse({ type: BillingView })
  @ApiNotFoundResponse({ description: 'BILLING.NOT_FOUND — "Empréstimo não encontrado ou inválido"' })
  async get(@Param('contractId') contractId: string, @CurrentPrincipal() principal: Principal): Promise<BillingView> {
    const id = contractId.toLowerCase();
    const billing = UUID.test(id) ? await this.billings.find(id, boundCustomerOf(principal)) : undefined;
    if (!billing) throw new BillingNotFoundError(contractId);
    const hold = await this.holds.heldBy(id);
    const credit = {
      refunds: (await this.disbursements.refunds(this.dataSource.manager, id)).map(creditRefundView),
      applications: (await this.applications.ofContract(id)).map(creditApplicationView),
    };
    return toBillingView(billing, await this.deductions.find(id), hold && { proposalId: hold.proposalId, heldAt: hold.heldAt.toISOString() }, credit);
  }
}
