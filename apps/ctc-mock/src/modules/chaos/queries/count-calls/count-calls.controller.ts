import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { type CallCounts, ChaosService } from '@consignado/mock-kit';
import { AdminApi } from '../../../../shared/http/admin-key.guard';

export class CountCallsQuery {
  @ApiProperty({ example: '202502280000000000424', description: 'NU, número do contrato (REQUEST) ou ISPB (READ_FEED)' })
  @IsString()
  @Matches(/^[A-Za-z0-9./-]{1,40}$/)
  subject!: string;
}

@ApiTags('admin')
@AdminApi()
@Controller('admin/calls')
export class CountCallsController {
  constructor(private readonly chaos: ChaosService) {}

  @Get()
  @ApiOperation({ summary: 'Chamadas recebidas por operação para um assunto (inclui as que falharam)' })
  @ApiOkResponse({ description: '{ subject, calls: { REQUEST, GET, ANSWER_BALANCE, … } }' })
  count(@Query() query: CountCallsQuery): { subject: string; calls: CallCounts } {
    return { subject: query.subject, calls: this.chaos.callsOf(query.subject) };
  }
}
