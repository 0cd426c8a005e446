import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '@consignado/auth';
import { CTC_GATEWAY, type CtcGateway } from './ctc.gateway';

/**
 * The exchange's reachability, reported but not part of readiness (as Dataprev's): while it is
 * down the connector keeps taking events, its portability jobs wait and retry with backoff.
 */
@ApiTags('health')
@Public()
@Controller('health/ctc')
export class CtcStatusController {
  constructor(@Inject(CTC_GATEWAY) private readonly ctc: CtcGateway) {}

  @Get()
  @ApiOperation({ summary: 'Câmara de portabilidade (CTC) alcançável? (não afeta /health/ready)' })
  @ApiOkResponse({ description: '{ status: "up" | "down", ms, error? }' })
  async status(): Promise<{ status: 'up' | 'down'; ms: number; error?: string }> {
    const started = Date.now();
    try {
      await this.ctc.ping();
      return { status: 'up', ms: Date.now() - started };
    } catch (error) {
      return { status: 'down', ms: Date.now() - started, error: error instanceof Error ? error.message : String(error) };
    }
  }
}
