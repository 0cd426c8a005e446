import { type DynamicModule, Module, PayloadTooLargeException, UnsupportedMediaTypeException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { json, type NextFunction, type Request, type Response } from 'express';
import { checkJsonBytes } from './json-shape';

export const JSON_BODY_PARSER = Symbol('JSON_BODY_PARSER');

export interface JsonBodyLimits {
  /** Every route (express' default: 100 kB). */
  readonly limit: string;
  /** Routes whose path matches get a larger limit (document uploads, payroll remittances). */
  readonly larger: { readonly path: RegExp; readonly limit: string };
}

/**
 * The service's JSON body parser, with a per-route limit and a 413 problem (REQUEST.TOO_LARGE)
 * for an oversized body; a body that is not JSON is a 415, one that is not UTF-8, too deeply
 * nested or with control characters a 400 (checkJsonBytes). Registered on the HTTP adapter while the app is built; its name
 * `jsonParser` makes Nest skip its own parser at init.
 */
@Module({})
export class JsonBodyModule {
  static forRoot(limits: JsonBodyLimits): DynamicModule {
    const jsonParser = checkedJsonParser(limits);
    return {
      module: JsonBodyModule,
      providers: [{ provide: JSON_BODY_PARSER, inject: [HttpAdapterHost], useFactory: (host: HttpAdapterHost) => host.httpAdapter.use(jsonParser) }],
    };
  }
}

/**
 * The checked JSON parser: every service API gets it with express' 100 kB limit (startService);
 * JsonBodyModule registers it first with an app's own limits, and the default then finds the body
 * already read.
 */
export function checkedJsonParser(limits: Pick<JsonBodyLimits, 'limit'> & Partial<Pick<JsonBodyLimits, 'larger'>>): (req: Request, res: Response, next: NextFunction) => void {
  const verify = (_req: unknown, _res: unknown, body: Buffer) => checkJsonBytes(body);
  const normal = json({ limit: limits.limit, verify });
  const larger = limits.larger && { path: limits.larger.path, parser: json({ limit: limits.larger.limit, verify }) };
  return (req, res, next) => {
    // A body that is not JSON would be ignored by the parser and the route run without it.
    if (hasBody(req) && !req.is('application/json')) return next(new UnsupportedMediaTypeException());
    const parser = larger?.path.test(req.path) ? larger.parser : normal;
    parser(req, res, (error?: unknown) => next(tooLarge(error) ? new PayloadTooLargeException() : error));
  };
}

// What `verify` threw reaches `next` as itself (body-parser only adds a status): the filter maps its code.
const tooLarge = (error: unknown): boolean => (error as { type?: string } | undefined)?.type === 'entity.too.large';

const hasBody = (req: Request): boolean => req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
