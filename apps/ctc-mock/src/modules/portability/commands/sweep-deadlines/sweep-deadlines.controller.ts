import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { type SweepReport, SweepDeadlinesHandler } from './sweep-deadlines.handler';

@ApiTags('admin')
@AdminApi()
@Controller('admin/sweep')
export class SweepDeadlinesController {
  constructor(private readonly handler: SweepDeadlinesHandler) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: 'Expira agora o que passou do prazo na data do CTC (DECURSO_DO_PRAZO, DECURSO_DO_PRAZO_PARA_PAGAMENTO)' })
  @ApiOkResponse({ description: '{ today, expired: [{ portabilityNumber, reason }] }' })
  sweep(): Promise<SweepReport> {
    return this.handler.execute();
  }
}
