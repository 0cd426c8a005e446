import { DynamicModule, MiddlewareConsumer, Module, NestModule, type Provider } from '@nestjs/common';
import { CorrelationMiddleware } from './logging/correlation.middleware';
import { HealthController } from './health/health.controller';
import { READINESS_CHECKS, type ReadinessCheck } from './health/readiness';
import { createMetricsRegistry, HttpMetricsMiddleware, METRICS_REGISTRY, MetricsController } from './metrics/metrics';
import { TracingShutdown } from './tracing/tracing';

type Token = string | symbol | (abstract new (...args: never[]) => unknown);

export interface ServiceKitOptions {
  service: string;
  /** How to build the readiness checks from the app's own providers (DataSource, Kafka…). */
  readiness?: {
    inject?: Token[];
    useFactory: (...deps: never[]) => ReadinessCheck[] | Promise<ReadinessCheck[]>;
  };
}

/** Health, metrics and correlation for every service: the same endpoints everywhere (R-X-3). */
@Module({})
export class ServiceKitModule implements NestModule {
  static forRoot(options: ServiceKitOptions): DynamicModule {
    const readiness: Provider = options.readiness
      ? { provide: READINESS_CHECKS, inject: options.readiness.inject ?? [], useFactory: options.readiness.useFactory }
      : { provide: READINESS_CHECKS, useValue: [] };
    return {
      module: ServiceKitModule,
      global: true,
      controllers: [HealthController, MetricsController],
      providers: [{ provide: METRICS_REGISTRY, useValue: createMetricsRegistry(options.service) }, readiness, TracingShutdown],
      exports: [METRICS_REGISTRY],
    };
  }

  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(CorrelationMiddleware, HttpMetricsMiddleware).forRoutes('{*path}');
  }
}
