import { type CallHandler, type ExecutionContext, Inject, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { catchError, from, mergeMap, type Observable, throwError } from 'rxjs';
import { isDomainError } from '@consignado/core';
import type { Principal } from '@consignado/auth';
import { currentContext } from '../logging/request-context';
import { statusForCode } from '../http/status-for-code';
import { AuditTrail } from './audit-trail';

export const AUDITED_ACTION = 'consignado:audit:action';

/**
 * Writes the audit row of an `@Audited` route once its outcome is known — done, or refused by the
 * action itself — and only then answers, so an acknowledged action is always on the trail. Callers
 * the access guard turns away never reach it (their 401/403 is in the access log).
 */
@Injectable()
export class AuditInterceptor implements NestInterceptor {
  private readonly logger = new Logger('Audit');

  constructor(
    @Inject(Reflector) private readonly reflector: Reflector,
    @Inject(AuditTrail) private readonly trail: AuditTrail,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const action = this.reflector.get<string | undefined>(AUDITED_ACTION, context.getHandler());
    const request = context.switchToHttp().getRequest<Request & { principal?: Principal }>();
    if (!action || !request.principal) return next.handle();
    const entry = (status: number, outcome: string) => this.write(action, request, status, outcome);
    return next.handle().pipe(
      mergeMap((value) => from(entry(context.switchToHttp().getResponse<Response>().statusCode, 'OK').then(() => value))),
      catchError((error: unknown) => {
        const code = isDomainError(error) ? error.code : 'INTERNAL';
        return from(entry(isDomainError(error) ? statusForCode(code) : 500, code)).pipe(mergeMap(() => throwError(() => error)));
      }),
    );
  }

  private async write(action: string, request: Request & { principal?: Principal }, status: number, outcome: string): Promise<void> {
    const p = request.principal as Principal;
    const actor = p.channel === 'INTERNAL' ? p.operatorId : p.channel === 'CORBAN' ? p.partnerId : p.customerId;
    const roles = p.channel === 'INTERNAL' ? p.roles : [];
    try {
      await this.trail.record({ actor, clientId: p.clientId, roles, action, method: request.method, path: request.path, status, outcome, correlationId: currentContext()?.correlationId });
    } catch (error) {
      // The action already happened; a lost audit row must be loud, never silent.
      this.logger.error({ msg: 'audit entry not recorded', action, actor, error: error instanceof Error ? error.message : String(error) });
      throw error;
    }
  }
}
