import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@consignado/core';
import { currentContext, type ProblemDetails, statusForCode } from '@consignado/service-kit';

/**
 * RFC 7807 like the platform's filter, plus the error's `details` (e.g. the existing customer's
 * id on CUSTOMER.ALREADY_EXISTS). Only for errors whose details are meant for the caller; bound
 * per controller with @UseFilters.
 */
@Catch(DomainError)
export class ProblemWithDetailsFilter implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    const { fields, ...details } = error.details as { fields?: unknown } & Record<string, unknown>;
    const status = statusForCode(error.code);
    const problem: ProblemDetails & { details?: Record<string, unknown> } = {
      type: `urn:consignado:error:${error.code}`,
      title: error.code,
      status,
      code: error.code,
      detail: error.message,
      correlationId: currentContext()?.correlationId,
      ...(fields ? { errors: fields } : {}),
      ...(Object.keys(details).length > 0 ? { details } : {}),
    };
    host.switchToHttp().getResponse<Response>().status(status).type('application/problem+json').json(problem);
  }
}
