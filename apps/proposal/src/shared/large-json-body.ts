import { type DynamicModule, Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { json, type NextFunction, type Request, type Response } from 'express';

export const LARGE_BODY_PARSER = Symbol('LARGE_BODY_PARSER');

/**
 * A larger JSON body limit for the routes matching `path` only (document uploads: 2 MB in Base64),
 * every other route keeping the default 100 kB. Registered on the HTTP adapter while the app is
 * being built — before Nest adds its own parser at init, which then skips requests already parsed.
 */
@Module({})
export class LargeJsonBodyModule {
  static forRoutes(path: RegExp, limit: string): DynamicModule {
    const parser = json({ limit });
    const largeJsonBody = (req: Request, res: Response, next: NextFunction): void => (path.test(req.path) ? parser(req, res, next) : next());
    return {
      module: LargeJsonBodyModule,
      providers: [{ provide: LARGE_BODY_PARSER, inject: [HttpAdapterHost], useFactory: (host: HttpAdapterHost) => host.httpAdapter.use(largeJsonBody) }],
    };
  }
}
