import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@consignado/auth';
import { RAIL_GATEWAY, type RailGateway } from './rail.gateway';

/**
 * The rail's reachability, reported but not part of readiness (as Dataprev's and the insurer's):
 * while it is down the connector keeps taking events, its disbursement jobs wait and retry with backoff.
 */
@ApiTags('health')
@Public()
@Controller('health/rail')
export class RailStatusController {
  constructor(@Inject(RAIL_GATEWAY) private readonly rail: RailGateway) {}

  @Get()
  @ApiOperation({ summary: 'Arranjo de pagamentos (PIX) alcançável? (não afeta /health/ready)' })
  @ApiOkResponse({ description: '{ status: "up" | "down", ms, error? }' })
  async status(): Promise<{ status: 'up' | 'down'; ms: number; error?: string }> {
    const started = Date.now();
    try {
      await this.rail.ping();
      return { status: 'up', ms: Date.now() - started };
    } catch (error) {
      return { status: 'down', ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
