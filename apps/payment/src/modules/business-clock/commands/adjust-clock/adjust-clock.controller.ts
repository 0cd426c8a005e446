import { Body, Controller, Inject, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Secured } from '@consignado/auth';
import { Audited } from '@consignado/service-kit';
import { PaymentConfig } from '../../../../config';
import { parseInputDate } from '../../../../shared/http/input';
import { BUSINESS_CLOCK, BUSINESS_DATE_OVERRIDE, type BusinessClock, type BusinessDateOverride } from '../../domain/business-clock';
import { ClockLockedError } from '../../domain/business-clock.errors';
import { clockView, ClockView } from '../../queries/get-clock/clock.view';
import { AdjustClockRequestDto } from './adjust-clock.request.dto';

@ApiTags('admin')
@Secured({ scopes: ['backoffice'], roles: ['CLOCK_ADMIN'] })
@Controller('v1/admin/clock')
export class AdjustClockController {
  constructor(
    @Inject(PaymentConfig) private readonly config: PaymentConfig,
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    @Inject(BUSINESS_DATE_OVERRIDE) private readonly override: BusinessDateOverride,
  ) {}

  /** Sets the business date for every instance (or returns to the system date with null). CLOCK_ADMIN only; audited, refusals too. */
  @Put()
  @Audited('clock.adjust')
  @ApiOkResponse({ type: ClockView })
  @ApiBadRequestResponse({ description: 'REQUEST.INVALID_BODY, PAYMENT.INVALID_DATE' })
  @ApiForbiddenResponse({ description: 'PAYMENT.CLOCK_ADJUSTMENT_FORBIDDEN (BUSINESS_CLOCK_ADJUSTABLE=false)' })
  async adjust(@Body() body: AdjustClockRequestDto): Promise<ClockView> {
    if (!this.config.BUSINESS_CLOCK_ADJUSTABLE) throw new ClockLockedError();
    const today = body.today === null ? null : parseInputDate(body.today, 'today');
    await this.override.write(today, this.clock.now());
    return clockView(this.clock, this.override);
  }
}
