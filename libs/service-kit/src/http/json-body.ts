import { type DynamicModule, Module, PayloadTooLargeException } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { json, type NextFunction, type Request, type Response } from 'express';

export const JSON_BODY_PARSER = Symbol('JSON_BODY_PARSER');

export interface JsonBodyLimits {
  /** Every route (express' default: 100 kB). */
  readonly limit: string;
  /** Routes whose path matches get a larger limit (document uploads, payroll remittances). */
  readonly larger: { readonly path: RegExp; readonly limit: string };
}

/**
 * The service's JSON body parser, with a per-route limit and a 413 problem (REQUEST.TOO_LARGE)
 * for an oversized body. Registered on the HTTP adapter while the app is built; its name
 * `jsonParser` makes Nest skip its own parser at init.
 */
@Module({})
export class JsonBodyModule {
  static forRoot(limits: JsonBodyLimits): DynamicModule {
    const normal = json({ limit: limits.limit });
    const larger = json({ limit: limits.larger.limit });
    const jsonParser = (req: Request, res: Response, next: NextFunction): void => {
      const parser = limits.larger.path.test(req.path) ? larger : normal;
      parser(req, res, (error?: unknown) => next(tooLarge(error) ? new PayloadTooLargeException() : error));
    };
    return {
      module: JsonBodyModule,
      providers: [{ provide: JSON_BODY_PARSER, inject: [HttpAdapterHost], useFactory: (host: HttpAdapterHost) => host.httpAdapter.use(jsonParser) }],
    };
  }
}

const tooLarge = (error: unknown): boolean => (error as { type?: string } | undefined)?.type === 'entity.too.large';
