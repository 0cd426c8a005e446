import { Body, Controller, Post, Res } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { Money } from '@consignado/finance';
import { Secured } from '@consignado/auth';
import { Audited, creationStatus } from '@consignado/service-kit';
import { parseInputDate } from '../../../../shared/http/input';
import { RemittanceReportView, reportView } from '../../queries/get-remittance/remittance-report.view';
import { ReceiveRemittanceHandler } from './receive-remittance.handler';
import { ReceiveRemittanceRequestDto } from './receive-remittance.request.dto';

@ApiTags('payroll')
@Secured({ scopes: ['backoffice'], roles: ['SERVICING'] })
@Controller('v1/payroll-remittances')
export class ReceiveRemittanceController {
  constructor(private readonly handler: ReceiveRemittanceHandler) {}

  /** A payroll remittance (consignado deductions), reconciled line by line; received once. The payroll source (role SERVICING); audited. */
  @Post()
  @Audited('remittance.receive')
  @ApiCreatedResponse({ type: RemittanceReportView })
  @ApiOkResponse({ type: RemittanceReportView, description: 'The same remittance again: the stored report, replayed: true' })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PAYMENT.INVALID_DATE' })
  @ApiConflictResponse({ description: 'PAYMENT.REMITTANCE_CONFLICT — the id was received with other content' })
  @ApiUnprocessableEntityResponse({ description: 'PAYMENT.DATE_IN_FUTURE' })
  async receive(@Body() body: ReceiveRemittanceRequestDto, @Res({ passthrough: true }) res: Response): Promise<RemittanceReportView> {
    const outcome = await this.handler.execute({
      remittanceId: body.remittanceId,
      referenceMonth: body.referenceMonth,
      paymentDate: parseInputDate(body.paymentDate, 'paymentDate'),
      lines: body.lines.map((l) => ({ benefitNumber: l.benefitNumber, contractId: l.contractId.toLowerCase(), installmentNumber: l.installmentNumber, amount: Money.of(l.amount) })),
    });
    res.status(creationStatus(outcome));
    return reportView(outcome.result, outcome.replayed);
  }
}
