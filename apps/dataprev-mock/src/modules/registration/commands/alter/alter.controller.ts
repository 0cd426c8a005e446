import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataprevCall } from '../../../chaos/dataprev-call.decorator';
import { AverbacaoResponse } from '../../presenters/registration.response';
import { AlterHandler } from './alter.handler';
import { AlterarRequest, toAlterationRequest } from './alter.request';

@ApiTags('dataprev')
@Controller('v1/averbacoes')
export class AlterController {
  constructor(private readonly handler: AlterHandler) {}

  @Put(':protocolo')
  @DataprevCall('ALTER')
  @ApiOperation({ summary: 'Alterar contrato: nova parcela e prazo de uma averbação ativa (ex.: amortização extraordinária); a mesma alteração de novo devolve a mesma averbação' })
  @ApiOkResponse({ type: AverbacaoResponse })
  async alter(@Param('protocolo') protocol: string, @Body() body: AlterarRequest): Promise<AverbacaoResponse> {
    const request = toAlterationRequest(protocol, body);
    if (!request.ok) throw request.error;
    const altered = await this.handler.execute(request.value);
    if (!altered.ok) throw altered.error;
    return AverbacaoResponse.from(altered.value);
  }
}
