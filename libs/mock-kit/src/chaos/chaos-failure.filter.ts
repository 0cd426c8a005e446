import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ProblemDetails } from '@consignado/service-kit';
import { ChaosFailure } from './chaos-failure';

/**
 * Renders an imposed failure as RFC 7807 with the status the real system would send (500/503/504),
 * which domain error codes cannot express: the service kit maps domain codes to 4xx only.
 */
@Catch(ChaosFailure)
export class ChaosFailureFilter implements ExceptionFilter {
  catch(failure: ChaosFailure, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent || res.writableEnded) return;
    const { code, detail } = failure.problem;
    const problem: ProblemDetails = { type: `urn:consignado:error:${code}`, title: code, status: failure.status, code, detail };
    if (failure.status === 503) res.setHeader('Retry-After', '1');
    res.status(failure.status).type('application/problem+json').json(problem);
  }
}
