import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import type { ProblemDetails } from '@consignado/service-kit';
import { ChaosFailure } from './chaos-failure';

const PROBLEMS: Record<ChaosFailure['status'], [string, string]> = {
  500: ['DATAPREV.INTERNAL_ERROR', 'Erro interno na Dataprev; tente novamente mais tarde.'],
  503: ['DATAPREV.UNAVAILABLE', 'Dataprev indisponível no momento; tente novamente mais tarde.'],
  504: ['DATAPREV.TIMEOUT', 'A Dataprev não respondeu a tempo.'],
};

/**
 * Renders an imposed failure as RFC 7807 with the status Dataprev would send (500/503/504), which
 * domain error codes cannot express: the service kit maps domain codes to 4xx only.
 */
@Catch(ChaosFailure)
export class ChaosFailureFilter implements ExceptionFilter {
  catch(failure: ChaosFailure, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    if (res.headersSent || res.writableEnded) return;
    const [code, detail] = PROBLEMS[failure.status];
    const problem: ProblemDetails = { type: `urn:consignado:error:${code}`, title: code, status: failure.status, code, detail };
    if (failure.status === 503) res.setHeader('Retry-After', '1');
    res.status(failure.status).type('application/problem+json').json(problem);
  }
}
