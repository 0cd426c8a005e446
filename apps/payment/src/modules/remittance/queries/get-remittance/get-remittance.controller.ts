import { Controller, Get, Inject, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Secured } from '@consignado/auth';
import { RemittanceNotFoundError } from '../../domain/remittance.errors';
import { REMITTANCE_ID } from '../../commands/receive-remittance/receive-remittance.request.dto';
import { RemittanceReportView, reportView } from './remittance-report.view';
import { REMITTANCE_REPOSITORY, type RemittanceRepository } from '../../database/remittance.repository';

@ApiTags('payroll')
@Secured({ scopes: ['backoffice'], roles: ['SERVICING', 'AUDITOR'] })
@Controller('v1/payroll-remittances')
export class GetRemittanceController {
  constructor(@Inject(REMITTANCE_REPOSITORY) private readonly remittances: RemittanceRepository) {}

  /** The stored reconciliation report of a remittance. */
  @Get(':remittanceId')
  @ApiOkResponse({ type: RemittanceReportView })
  @ApiNotFoundResponse({ description: 'PAYMENT.REMITTANCE_NOT_FOUND' })
  async get(@Param('remittanceId') remittanceId: string): Promise<RemittanceReportView> {
    // An id no remittance can have (the request's pattern) is simply not found, never a query.
    const report = REMITTANCE_ID.test(remittanceId) ? await this.remittances.find(remittanceId) : undefined;
    if (!report) throw new RemittanceNotFoundError();
    return reportView(report, false);
  }
}
