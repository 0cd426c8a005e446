import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataprevCall } from '../../../chaos/dataprev-call.decorator';
import { HolderQuery } from '../../presenters/holder.query';
import { AverbacaoResponse, AverbacoesResponse } from '../../presenters/registration.response';
import { ListRegistrationsHandler } from './list-registrations.handler';

@ApiTags('dataprev')
@Controller('v1/beneficios')
export class ListRegistrationsController {
  constructor(private readonly handler: ListRegistrationsHandler) {}

  @Get(':numeroBeneficio/averbacoes')
  @DataprevCall('LIST_REGISTRATIONS')
  @ApiOperation({ summary: 'Consultar averbações ativas do benefício (seed 003 §5.1)' })
  @ApiOkResponse({ type: AverbacoesResponse })
  async list(@Param('numeroBeneficio') benefitNumber: string, @Query() query: HolderQuery): Promise<AverbacoesResponse> {
    const answer = await this.handler.execute({ benefitNumber, cpf: query.cpf });
    if (!answer.ok) throw answer.error;
    return { numeroBeneficio: answer.value.benefitNumber, averbacoes: answer.value.registrations.map((r) => AverbacaoResponse.from(r)) };
  }
}
