import { Controller, Delete, Param } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataprevCall } from '../../../chaos/dataprev-call.decorator';
import { AverbacaoResponse } from '../../presenters/registration.response';
import { CancelHandler } from './cancel.handler';

@ApiTags('dataprev')
@Controller('v1/averbacoes')
export class CancelController {
  constructor(private readonly handler: CancelHandler) {}

  @Delete(':protocolo')
  @DataprevCall('CANCEL')
  @ApiOperation({ summary: 'Cancelar averbação (seed 003 §5.1); cancelar de novo devolve a mesma averbação cancelada' })
  @ApiOkResponse({ type: AverbacaoResponse })
  async cancel(@Param('protocolo') protocol: string): Promise<AverbacaoResponse> {
    const cancelled = await this.handler.execute(protocol);
    if (!cancelled.ok) throw cancelled.error;
    return AverbacaoResponse.from(cancelled.value);
  }
}
