import { Body, Controller, Inject, Put } from '@nestjs/common';
import { ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DomainError } from '@consignado/core';
import { CtcMockConfig } from '../../../../config';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { parseDate } from '../../../../shared/http/input';
import { DATE_OVERRIDE, type DateOverride, ExchangeClock } from '../../domain/exchange-clock';
import { clockView, ClockView } from '../../queries/get-clock/clock.view';
import { SetClockRequest } from './set-clock.request';

@ApiTags('admin')
@AdminApi()
@Controller('admin/clock')
export class SetClockController {
  constructor(
    @Inject(CtcMockConfig) private readonly config: CtcMockConfig,
    private readonly clock: ExchangeClock,
    @Inject(DATE_OVERRIDE) private readonly override: DateOverride,
  ) {}

  @Put()
  @ApiOperation({ summary: 'Muda a data do CTC para os prazos (todas as instâncias); null volta à data do sistema' })
  @ApiOkResponse({ type: ClockView })
  @ApiForbiddenResponse({ description: 'CTC.CLOCK_ADJUSTMENT_FORBIDDEN (CTC_CLOCK_ADJUSTABLE=false)' })
  async set(@Body() body: SetClockRequest): Promise<ClockView> {
    if (!this.config.CTC_CLOCK_ADJUSTABLE) throw new DomainError('CTC.CLOCK_ADJUSTMENT_FORBIDDEN', 'A data do CTC não pode ser alterada nesta instalação.');
    await this.override.write(body.today === null ? null : parseDate(body.today, 'today'), this.clock.now());
    return clockView(this.clock, this.override);
  }
}
