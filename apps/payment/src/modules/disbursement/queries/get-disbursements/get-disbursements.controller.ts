import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CurrentPrincipal, mayActFor, type Principal, Secured } from '@consignado/auth';
import { DisbursementNotFoundError } from '../../domain/disbursement.errors';
import { DISBURSEMENT_REPOSITORY, type DisbursementRepository } from '../../database/disbursement.repository';
import { REGRET_RETURN_REPOSITORY, type RegretReturnRepository } from '../../database/regret-return.repository';
import { DisbursementsView, toDisbursementsView } from './disbursement.view';
import { toRegretReturnView } from './regret-return.view';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@ApiTags('disbursements')
@Secured({ scopes: ['contracts:read'] })
@Controller('v1/contracts')
export class GetDisbursementsController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DISBURSEMENT_REPOSITORY) private readonly disbursements: DisbursementRepository,
    @Inject(REGRET_RETURN_REPOSITORY) private readonly returns: RegretReturnRepository,
  ) {}

  /** The release of the contract's funds: staff read any; a customer only their own (anyone else's is not found). */
  @Get(':contractId/disbursements')
  @ApiOkResponse({ type: DisbursementsView })
  @ApiNotFoundResponse({ description: 'DISBURSEMENT.NOT_FOUND — no release for the contract (unknown, another customer\'s, a portability, a refinancing without troco)' })
  async get(@Param('contractId') contractId: string, @CurrentPrincipal() principal: Principal): Promise<DisbursementsView> {
    const id = contractId.toLowerCase();
    const manager = this.dataSource.manager;
    const disbursement = UUID.test(id) ? await this.disbursements.find(manager, id) : undefined;
    if (!disbursement || !mayActFor(principal, disbursement.snapshot.customerId)) throw new DisbursementNotFoundError();
    const regretReturn = await this.returns.find(manager, id);
    return toDisbursementsView(disbursement, regretReturn ? toRegretReturnView(regretReturn) : null);
  }
}
