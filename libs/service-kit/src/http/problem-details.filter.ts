import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { isDomainError } from '@consignado/core';
import { currentContext } from '../logging/request-context';
import { statusForCode } from './status-for-code';

/** RFC 7807 body; `code` is machine-readable, `detail` is the pt-BR message (R-X-1, D-6). */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  correlationId?: string;
  errors?: unknown;
  /** Only for errors that expose their details to the caller (DomainError.exposeDetails). */
  details?: Record<string, unknown>;
}

const TRANSPORT_CODES: Record<number, [string, string]> = {
  400: ['REQUEST.MALFORMED_BODY', 'Corpo da requisição inválido'],
  401: ['AUTH.UNAUTHORIZED', 'Credenciais ausentes ou inválidas'],
  403: ['AUTH.FORBIDDEN', 'Acesso negado'],
  404: ['REQUEST.NOT_FOUND', 'Recurso não encontrado'],
  413: ['REQUEST.TOO_LARGE', 'Requisição muito grande'],
  415: ['REQUEST.UNSUPPORTED_MEDIA_TYPE', 'Tipo de conteúdo não suportado: envie application/json'],
};

/** Maps domain errors by code, framework HTTP errors by status, and anything else to a 500. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('ProblemDetails');

  constructor(private readonly overrides: Record<string, number> = {}) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const response = host.switchToHttp().getResponse<Response>();
    const problem = this.toProblem(exception);
    if (problem.status >= 500) this.logger.error(exception instanceof Error ? exception : String(exception));
    response.status(problem.status).type('application/problem+json').json(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    const correlationId = currentContext()?.correlationId;
    if (isDomainError(exception)) {
      const status = statusForCode(exception.code, this.overrides);
      const { fields, ...rest } = exception.details as { fields?: unknown } & Record<string, unknown>;
      const details = exception.exposeDetails && Object.keys(rest).length > 0 ? { details: rest } : {};
      return { type: `urn:consignado:error:${exception.code}`, title: exception.code, status, code: exception.code, detail: exception.message, correlationId, ...(fields ? { errors: fields } : {}), ...details };
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const [code, detail] = TRANSPORT_CODES[status] ?? [`HTTP.${status}`, 'Não foi possível atender a requisição'];
      return { type: `urn:consignado:error:${code}`, title: code, status, code, detail, correlationId };
    }
    const clientStatus = clientErrorStatus(exception);
    if (clientStatus) {
      const [code, detail] = TRANSPORT_CODES[clientStatus] ?? [`HTTP.${clientStatus}`, 'Não foi possível atender a requisição'];
      return { type: `urn:consignado:error:${code}`, title: code, status: clientStatus, code, detail, correlationId };
    }
    return { type: 'urn:consignado:error:INTERNAL', title: 'INTERNAL', status: 500, code: 'INTERNAL', detail: 'Erro interno; tente novamente mais tarde', correlationId };
  }
}

/**
 * Errors raised by Express's body parser before any handler runs (body too large, bad JSON,
 * unsupported charset) carry a 4xx `status` and a `type`; they are the caller's fault, not a 500.
 */
function clientErrorStatus(exception: unknown): number | undefined {
  const { status, type, expose } = (exception ?? {}) as { status?: unknown; type?: unknown; expose?: unknown };
  // `expose`: http-errors' mark of a client error (e.g. a body that claims gzip and is not).
  return typeof status === 'number' && status >= 400 && status < 500 && (typeof type === 'string' || expose === true) ? status : undefined;
}
