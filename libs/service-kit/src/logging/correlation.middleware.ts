import { randomUUID } from 'node:crypto';
import { Injectable, NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { runWithContext } from './request-context';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Takes X-Correlation-Id from the caller (or makes one), echoes it and scopes logs to it. */
@Injectable()
export class CorrelationMiddleware implements NestMiddleware {
  use(req: Request, res: Response, next: NextFunction): void {
    const given = req.header('x-correlation-id');
    const correlationId = given && UUID.test(given) ? given : randomUUID();
    res.setHeader('X-Correlation-Id', correlationId);
    runWithContext({ correlationId }, next);
  }
}
