import 'reflect-metadata';
import type { DynamicModule, INestApplication, LogLevel, Type } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import helmet from 'helmet';
import type { VerifierOptions } from '@consignado/auth';
import { JsonLogger } from './logging/json-logger';
import { checkedJsonParser } from './http/json-body';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { strictValidationPipe } from './http/validation';
import { ApiSecurityModule } from './security/api-security.module';
import type { RateLimits } from './security/rate-limit';
import { httpTracing } from './tracing/http-tracing';
import { startTracing } from './tracing/tracing';

export interface StartOptions {
  service: string;
  port: number;
  host?: string;
  logLevel?: LogLevel;
  /** OpenAPI title and description at /docs; omit for services without an HTTP API. */
  openApi?: { title: string; description: string };
  /**
   * A service API's security (R-SEC-1, R-SEC-2): the issuer and audience every bearer token is
   * checked against, and the rate limits; the mocks of outside systems omit it.
   */
  security?: { auth: VerifierOptions; rateLimits: RateLimits };
  /** Domain codes whose HTTP status differs from the suffix convention. */
  statusOverrides?: Record<string, number>;
}

/** Creates, wires and starts a service the same way everywhere: JSON logs, RFC 7807 errors, strict DTOs, /docs. */
export async function startService(module: Type<unknown> | DynamicModule, options: StartOptions): Promise<INestApplication> {
  const logger = new JsonLogger(options.service, options.logLevel ?? 'log');
  startTracing(options.service);
  // Each service has its own budget per caller; its instances share it.
  const security = options.security && { ...options.security, rateLimits: { ...options.security.rateLimits, keyPrefix: `${options.security.rateLimits.keyPrefix}:${options.service}` } };
  const root = security ? withSecurity(module, security) : module;
  // A service API parses bodies only through JsonBodyModule (JSON, checked); no form or text parser.
  const app = await NestFactory.create(root, { logger, bufferLogs: true, bodyParser: !security });
  // No ETag: Express hashed every JSON answer for it (a 96-month simulation, ~1.5% of the
  // service's CPU) and no client of these APIs sends If-None-Match.
  app.getHttpAdapter().getInstance().set('etag', false);
  app.use(httpTracing()); // first: the span covers parsing, the token check and the handler
  if (security) app.use(checkedJsonParser({ limit: '100kb' }));
  app.use(securityHeaders());
  app.useGlobalPipes(strictValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(options.statusOverrides));
  app.enableShutdownHooks();
  if (options.openApi) {
    const builder = new DocumentBuilder().setTitle(options.openApi.title).setDescription(options.openApi.description).setVersion('1');
    const auth = security?.auth;
    if (auth) builder.addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: `Access token of ${auth.issuer} (audience ${auth.audience})` }, 'bearer');
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

class SecuredApiModule {}

/** The app's module with the token check and rate limits around it, as global guards. */
function withSecurity(module: Type<unknown> | DynamicModule, security: NonNullable<StartOptions['security']>): DynamicModule {
  return { module: SecuredApiModule, imports: [module, ApiSecurityModule.forRoot(security.auth, security.rateLimits)] };
}

/**
 * Standard security headers (helmet): an API answers JSON and is never framed or sniffed; the
 * OpenAPI page needs its own scripts, so it keeps helmet's defaults without a CSP.
 */
function securityHeaders(): (req: Request, res: Response, next: NextFunction) => void {
  const api = helmet({ contentSecurityPolicy: { useDefaults: false, directives: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] } } });
  const docs = helmet({ contentSecurityPolicy: false });
  return (req, res, next) => (req.path.startsWith('/docs') ? docs(req, res, next) : api(req, res, next));
}
