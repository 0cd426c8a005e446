import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Secured } from '@consignado/auth';
import { BUSINESS_CLOCK, BUSINESS_DATE_OVERRIDE, type BusinessClock, type BusinessDateOverride } from '../../domain/business-clock';
import { clockView, ClockView } from './clock.view';

@ApiTags('admin')
@Secured({ scopes: ['backoffice'], roles: ['SERVICING', 'CLOCK_ADMIN', 'AUDITOR'] })
@Controller('v1/admin/clock')
export class GetClockController {
  constructor(
    @Inject(BUSINESS_CLOCK) private readonly clock: BusinessClock,
    @Inject(BUSINESS_DATE_OVERRIDE) private readonly override: BusinessDateOverride,
  ) {}

  /** The business date and whether it is adjusted. */
  @Get()
  @ApiOkResponse({ type: ClockView })
  get(): Promise<ClockView> {
    return clockView(this.clock, this.override);
  }
}
