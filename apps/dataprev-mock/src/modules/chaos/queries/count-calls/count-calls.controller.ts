import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Matches } from 'class-validator';
import { ChaosService, type CallCounts } from '@consignado/mock-kit';

export class CountCallsQuery {
  @ApiProperty({ example: '1234567890' })
  @IsString()
  @Matches(/^\d{10}$/)
  benefitNumber!: string;
}

@ApiTags('admin')
@Controller('admin/calls')
export class CountCallsController {
  constructor(private readonly chaos: ChaosService) {}

  @Get()
  @ApiOperation({ summary: 'Chamadas recebidas por operação para um benefício (inclui as que falharam)' })
  @ApiOkResponse({ description: '{ benefitNumber, calls: { QUERY_MARGIN, REGISTER, CANCEL, LIST_REGISTRATIONS } }' })
  count(@Query() query: CountCallsQuery): { benefitNumber: string; calls: CallCounts } {
    return { benefitNumber: query.benefitNumber, calls: this.chaos.callsOf(query.benefitNumber) };
  }
}
