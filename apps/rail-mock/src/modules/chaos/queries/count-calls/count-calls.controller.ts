import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { type CallCounts, ChaosService } from '@consignado/mock-kit';
import { AdminApi } from '../../../../shared/http/admin-key.guard';

export class CountCallsQuery {
  @ApiProperty({ example: '7c1d2e3f-4a5b-4c6d-8e7f-901a2b3c4d5e', description: 'O transferId da transferência' })
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
  @ApiOkResponse({ description: '{ subject, calls: { CREATE_TRANSFER, GET_TRANSFER } }' })
  count(@Query() query: CountCallsQuery): { subject: string; calls: CallCounts } {
    return { subject: query.subject.toLowerCase(), calls: this.chaos.callsOf(query.subject.toLowerCase()) };
  }
}
