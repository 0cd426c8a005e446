import { Controller, Get, Inject, Injectable, NestMiddleware, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { Public } from '@consignado/auth';
import type { NextFunction, Request, Response } from 'express';
import cluster from 'node:cluster';
import { collectDefaultMetrics, Histogram, Registry } from 'prom-client';
import { joinClusterMetrics, workerMetrics } from './cluster-metrics';

export const METRICS_REGISTRY = Symbol('METRICS_REGISTRY');

/** One registry per app instance, so tests that boot several apps do not collide. */
export function createMetricsRegistry(service: string): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ service });
  collectDefaultMetrics({ register: registry });
  if (cluster.isWorker) joinClusterMetrics(registry);
  return registry;
}

@ApiExcludeController()
@Public()
@Controller()
export class MetricsController {
  constructor(@Inject(METRICS_REGISTRY) private readonly registry: Registry) {}

  @Get('metrics')
  async metrics(@Res() res: Response): Promise<void> {
    // Under HTTP_WORKERS > 1, every worker's, merged by the cluster's primary.
    const text = cluster.isWorker ? await workerMetrics() : await this.registry.metrics();
    res.type(this.registry.contentType).send(text);
  }
}

/** Request duration by method, route template and status (never the raw URL: ids would explode cardinality). */
@Injectable()
export class HttpMetricsMiddleware implements NestMiddleware {
  private readonly histogram: Histogram<'method' | 'route' | 'status'>;

  constructor(@Inject(METRICS_REGISTRY) registry: Registry) {
    this.histogram = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request duration',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers: [registry],
    });
  }

  use(req: Request, res: Response, next: NextFunction): void {
    const end = this.histogram.startTimer();
    res.on('finish', () => {
      const route = (req.route as { path?: string } | undefined)?.path ?? 'unmatched';
      end({ method: req.method, route: `${req.baseUrl}${route}`, status: String(res.statusCode) });
    });
    next();
  }
}
