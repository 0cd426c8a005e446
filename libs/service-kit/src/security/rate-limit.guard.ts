import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { DomainError } from '@consignado/core';
import type { AuthenticatedRequest } from '@consignado/auth';
import { RateLimiter } from './rate-limit';

export class RateLimitedError extends DomainError {
  constructor(retryAfterS: number) {
    super('REQUEST.RATE_LIMITED', `Muitas requisições: tente novamente em ${retryAfterS} s.`);
  }
}

/**
 * Runs after the access guard: a customer acting through the app spends their own budget (the app
 * is one client shared by every customer); any other caller spends its client's. 429 with
 * Retry-After when it is spent; RateLimit-* headers (IETF draft) on every answer.
 */
@Injectable()
export class RateLimitGuard implements CanActivate {
  constructor(@Inject(RateLimiter) private readonly limiter: RateLimiter) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const principal = request.principal;
    if (!principal) return true;
    const verdict = principal.channel === 'DIGITAL' ? await this.limiter.take('customer', principal.customerId) : await this.limiter.take('client', principal.clientId);
    const response = context.switchToHttp().getResponse<Response>();
    response.setHeader('RateLimit-Limit', String(verdict.limit));
    if (verdict.allowed) {
      response.setHeader('RateLimit-Remaining', String(verdict.remaining));
      response.setHeader('RateLimit-Reset', String(verdict.resetS));
      return true;
    }
    response.setHeader('RateLimit-Remaining', '0');
    response.setHeader('Retry-After', String(verdict.retryAfterS));
    throw new RateLimitedError(verdict.retryAfterS);
  }
}
