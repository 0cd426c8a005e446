import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@consignado/auth';
import { INSURER_GATEWAY, type InsurerGateway } from './insurer.gateway';

/**
 * The insurer's reachability, reported but not part of readiness (as Dataprev's and the CTC's):
 * while it is down the connector keeps taking events, its claim jobs wait and retry with backoff.
 */
@ApiTags('health')
@Public()
@Controller('health/insurer')
export class InsurerStatusController {
  constructor(@Inject(INSURER_GATEWAY) private readonly insurer: InsurerGateway) {}

  @Get()
  @ApiOperation({ summary: 'Seguradora (sinistros do prestamista) alcançável? (não afeta /health/ready)' })
  @ApiOkResponse({ description: '{ status: "up" | "down", ms, error? }' })
  async status(): Promise<{ status: 'up' | 'down'; ms: number; error?: string }> {
    const started = Date.now();
    try {
      await this.insurer.ping();
      return { status: 'up', ms: Date.now() - started };
    } catch (error) {
      return { status: 'down', ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
