import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import { ChaosFailure } from './chaos-failure';
import { ChaosService } from './chaos.service';
import type { DataprevOperation } from './domain/dataprev-operation';
import { sleep } from './sleep';

export const DATAPREV_OPERATION = Symbol('DATAPREV_OPERATION');

/** Port: the benefit a registration protocol belongs to (cancellations name only the protocol). */
export const BENEFIT_OF_PROTOCOL = Symbol('BENEFIT_OF_PROTOCOL');
export type BenefitOfProtocol = (protocol: string) => Promise<string | undefined>;

const benefitNumber = (value: unknown): string | undefined => {
  const digits = typeof value === 'string' ? value.replace(/\D/g, '') : '';
  return digits.length === 10 ? digits : undefined;
};

/** A signal that aborts when the caller hangs up before the answer, or the app stops. */
function callerGone(res: Response, shutdown: AbortSignal): AbortSignal {
  const hangUp = new AbortController();
  res.once('close', () => hangUp.abort());
  return AbortSignal.any([hangUp.signal, shutdown]);
}

/**
 * Makes a Dataprev call slow and unstable before the real handler runs (R-AV-1): latency,
 * outages, random and scripted failures, and "timeouts" that hold the call until the caller
 * gives up.
 */
@Injectable()
export class ChaosInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly chaos: ChaosService,
    @Inject(BENEFIT_OF_PROTOCOL) private readonly benefitOfProtocol: BenefitOfProtocol,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const operation = this.reflector.get<DataprevOperation | undefined>(DATAPREV_OPERATION, context.getHandler());
    if (!operation) return next.handle();
    const http = context.switchToHttp();
    return from(this.impose(operation, http.getRequest<Request>(), http.getResponse<Response>())).pipe(switchMap(() => next.handle()));
  }

  private async impose(operation: DataprevOperation, req: Request, res: Response): Promise<void> {
    const decision = this.chaos.decide(operation, await this.benefitOf(operation, req));
    const signal = callerGone(res, this.chaos.shutdownSignal);
    if (decision.kind === 'hang') {
      await sleep(this.chaos.timeoutHoldMs, signal);
      throw new ChaosFailure(504, 'TIMEOUT');
    }
    await sleep(decision.latencyMs, signal);
    if (decision.kind === 'fail') throw new ChaosFailure(decision.status, decision.reason);
  }

  private async benefitOf(operation: DataprevOperation, req: Request): Promise<string | undefined> {
    if (operation === 'REGISTER') return benefitNumber((req.body as { numeroBeneficio?: unknown } | undefined)?.numeroBeneficio);
    if (operation === 'CANCEL' || operation === 'ALTER') return this.benefitOfProtocol(String(req.params['protocolo']));
    return benefitNumber(req.params['numeroBeneficio']);
  }
}
