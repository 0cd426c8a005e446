import { type CallHandler, type ExecutionContext, Inject, Injectable, type NestInterceptor, Optional } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Request, Response } from 'express';
import { from, type Observable, switchMap } from 'rxjs';
import { ChaosService } from './chaos.service';
import { sleep } from './sleep';

export const CHAOS_OPERATION = Symbol('CHAOS_OPERATION');

/** Port: what a call is about (a benefit, a portability…), for scripts and call counts. */
export const CHAOS_SUBJECT = Symbol('CHAOS_SUBJECT');
export type ChaosSubject = (operation: string, req: Request) => string | undefined | Promise<string | undefined>;

/** A signal that aborts when the caller hangs up before the answer, or the app stops. */
function callerGone(res: Response, shutdown: AbortSignal): AbortSignal {
  const hangUp = new AbortController();
  res.once('close', () => hangUp.abort());
  return AbortSignal.any([hangUp.signal, shutdown]);
}

/**
 * Makes a mocked call slow and unstable before the real handler runs: latency, outages, random and
 * scripted failures, and "timeouts" that hold the call until the caller gives up.
 */
@Injectable()
export class ChaosInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly chaos: ChaosService,
    @Optional() @Inject(CHAOS_SUBJECT) private readonly subjectOf?: ChaosSubject,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const operation = this.reflector.get<string | undefined>(CHAOS_OPERATION, context.getHandler());
    if (!operation) return next.handle();
    const http = context.switchToHttp();
    return from(this.impose(operation, http.getRequest<Request>(), http.getResponse<Response>())).pipe(switchMap(() => next.handle()));
  }

  private async impose(operation: string, req: Request, res: Response): Promise<void> {
    const decision = this.chaos.decide(operation, await this.subjectOf?.(operation, req));
    const signal = callerGone(res, this.chaos.shutdownSignal);
    if (decision.kind === 'hang') {
      await sleep(this.chaos.timeoutHoldMs, signal);
      throw this.chaos.failure(504, 'TIMEOUT');
    }
    await sleep(decision.latencyMs, signal);
    if (decision.kind === 'fail') throw this.chaos.failure(decision.status, decision.reason);
  }
}
