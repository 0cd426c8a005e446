import { Body, Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Secured } from '@consignado/auth';
import { Audited } from '@consignado/service-kit';
import { parseInputDate } from '../../../../shared/http/input';
import { BUSINESS_CLOCK, type BusinessClock } from '../../../business-clock/domain/business-clock';
import { type InstallmentDueRun, RunInstallmentDueHandler } from './run-installment-due.handler';
import { RunInstallmentDueRequestDto } from './run-installment-due.request.dto';

class InstallmentDueRunView implements InstallmentDueRun {
  @ApiProperty({ example: '2026-09-11' }) date!: string;
  @ApiProperty({ description: 'UPCOMING reminders emitted by this run' }) upcoming!: number;
  @ApiProperty({ description: 'OVERDUE reminders emitted by this run' }) overdue!: number;
}

@ApiTags('admin')
@Secured({ scopes: ['backoffice'], roles: ['SERVICING'] })
@Controller('v1/admin/jobs/installment-due')
export class RunInstallmentDueController {
  constructor(
    private readonly handler: RunInstallmentDueHandler,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
  ) {}

  /** Runs the daily InstallmentDue job now (R-PA-1); safe to repeat or overlap. Servicing staff and systems; audited. */
  @Post()
  @Audited('installment-due.run')
  @HttpCode(200)
  @ApiOkResponse({ type: InstallmentDueRunView })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PAYMENT.INVALID_DATE' })
  async run(@Body() body: RunInstallmentDueRequestDto): Promise<InstallmentDueRun> {
    const date = body.date === undefined ? await this.clock.today() : parseInputDate(body.date, 'date');
    return this.handler.execute(date);
  }
}
