import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@consignado/auth';
import { DATAPREV_GATEWAY, type DataprevGateway } from './dataprev.gateway';

/**
 * Dataprev reachability, reported but not part of readiness: when Dataprev is down the connector
 * keeps taking events (they wait in its job tables and are retried with backoff), so taking it
 * out of rotation would only stop the Kafka consumers for nothing.
 */
@ApiTags('health')
@Public()
@Controller('health/dataprev')
export class DataprevStatusController {
  constructor(@Inject(DATAPREV_GATEWAY) private readonly dataprev: DataprevGateway) {}

  @Get()
  @ApiOperation({ summary: 'Dataprev alcançável? (não afeta /health/ready)' })
  @ApiOkResponse({ description: '{ status: "up" | "down", ms, error? }' })
  async status(): Promise<{ status: 'up' | 'down'; ms: number; error?: string }> {
    const started = Date.now();
    try {
      await this.dataprev.ping();
      return { status: 'up', ms: Date.now() - started };
    } catch (error) {
      return { status: 'down', ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
