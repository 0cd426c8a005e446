import 'reflect-metadata';
import type { DynamicModule, INestApplication, LogLevel, Type } from '@nestjs/common';
import { NestFactory, Reflector } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { AccessGuard, AccessTokenVerifier, type VerifierOptions } from '@consignado/auth';
import { JsonLogger } from './logging/json-logger';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { strictValidationPipe } from './http/validation';

export interface StartOptions {
  service: string;
  port: number;
  host?: string;
  logLevel?: LogLevel;
  /** OpenAPI title and description at /docs; omit for services without an HTTP API. */
  openApi?: { title: string; description: string };
  /** The OIDC issuer and audience every API route's bearer token is checked against (R-SEC-1); mocks omit it. */
  auth?: VerifierOptions;
  /** Domain codes whose HTTP status differs from the suffix convention. */
  statusOverrides?: Record<string, number>;
}

/** Creates, wires and starts a service the same way everywhere: JSON logs, RFC 7807 errors, strict DTOs, /docs. */
export async function startService(module: Type<unknown> | DynamicModule, options: StartOptions): Promise<INestApplication> {
  const logger = new JsonLogger(options.service, options.logLevel ?? 'log');
  const app = await NestFactory.create(module, { logger, bufferLogs: true });
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(options.statusOverrides));
  app.enableShutdownHooks();
  if (options.auth) app.useGlobalGuards(new AccessGuard(app.get(Reflector), new AccessTokenVerifier(options.auth)));
  if (options.openApi) {
    const builder = new DocumentBuilder().setTitle(options.openApi.title).setDescription(options.openApi.description).setVersion('1');
    if (options.auth) builder.addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: `Access token of ${options.auth.issuer} (audience ${options.auth.audience})` }, 'bearer');
    SwaggerModule.setup('docs', app, () => SwaggerModule.createDocument(app, builder.build()), { jsonDocumentUrl: 'docs/json' });
  }
  try {
    await app.listen(options.port, options.host ?? '127.0.0.1');
  } catch (error) {
    // Logs are buffered until the app is up: without this, what led to the failure is lost.
    app.flushLogs();
    logger.error('service failed to start', error instanceof Error ? error.stack : String(error));
    await app.close().catch(() => undefined);
    throw error;
  }
  return app;
}
