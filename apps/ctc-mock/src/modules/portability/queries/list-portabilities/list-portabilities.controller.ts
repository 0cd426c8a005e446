import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AdminApi } from '../../../../shared/http/admin-key.guard';
import { PORTABILITY_REPOSITORY, type PortabilityRepository } from '../../database/portability.repository';
import { PortabilityView } from '../../presenters/portability.view';
import { ListPortabilitiesQuery } from './list-portabilities.query';

@ApiTags('admin')
@AdminApi()
@Controller('admin/portabilities')
export class ListPortabilitiesController {
  constructor(@Inject(PORTABILITY_REPOSITORY) private readonly portabilities: PortabilityRepository) {}

  @Get()
  @ApiOperation({ summary: 'Todas as portabilidades do CTC (qualquer participante), para testes e operação' })
  @ApiOkResponse({ type: [PortabilityView] })
  async list(@Query() query: ListPortabilitiesQuery): Promise<{ portabilities: PortabilityView[] }> {
    const found = await this.portabilities.list({ ...query, limit: query.limit ?? 100 });
    return { portabilities: found.map((p) => PortabilityView.from(p)) };
  }
}
