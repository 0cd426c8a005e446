import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataprevCall } from '../../../chaos/dataprev-call.decorator';
import { HolderQuery } from '../../presenters/holder.query';
import { MargemResponse } from '../../presenters/margin.response';
import { QueryMarginHandler } from './query-margin.handler';

@ApiTags('dataprev')
@Controller('v1/beneficios')
export class QueryMarginController {
  constructor(private readonly handler: QueryMarginHandler) {}

  @Get(':numeroBeneficio/margem')
  @DataprevCall('QUERY_MARGIN')
  @ApiOperation({ summary: 'Consultar margem (seed 003 §5.1)' })
  @ApiOkResponse({ type: MargemResponse })
  async query(@Param('numeroBeneficio') benefitNumber: string, @Query() query: HolderQuery): Promise<MargemResponse> {
    const answer = await this.handler.execute({ benefitNumber, cpf: query.cpf });
    if (!answer.ok) throw answer.error;
    return MargemResponse.from(answer.value.beneficiary, answer.value.statement, answer.value.at);
  }
}
