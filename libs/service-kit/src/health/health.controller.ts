import { Controller, Get, HttpCode, Inject, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Response } from 'express';
import { Public } from '@consignado/auth';
import { READINESS_CHECKS, runReadiness, type ReadinessCheck } from './readiness';

/** Liveness says the process answers; readiness says its dependencies answer (R-X-3). */
@ApiExcludeController()
@Public()
@Controller('health')
export class HealthController {
  constructor(@Inject(READINESS_CHECKS) private readonly checks: ReadinessCheck[]) {}

  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const report = await runReadiness(this.checks);
    res.status(report.status === 'ok' ? 200 : 503).json(report);
  }
}
