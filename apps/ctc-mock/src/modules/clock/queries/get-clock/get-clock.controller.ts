import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { DATE_OVERRIDE, type DateOverride, ExchangeClock } from '../../domain/exchange-clock';
import { clockView, ClockView } from './clock.view';

@ApiTags('admin')
@AdminApi()
@Controller('admin/clock')
export class GetClockController {
  constructor(
    private readonly clock: ExchangeClock,
    @Inject(DATE_OVERRIDE) private readonly override: DateOverride,
  ) {}

  @Get()
  @ApiOperation({ summary: 'A data do CTC e se está ajustada' })
  @ApiOkResponse({ type: ClockView })
  get(): Promise<ClockView> {
    return clockView(this.clock, this.override);
  }
}
