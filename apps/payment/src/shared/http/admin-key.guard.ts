import { timingSafeEqual } from 'node:crypto';
import { applyDecorators, type CanActivate, type ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '@consignado/core';
import { PaymentConfig } from '../../config';

export class AdminUnauthorizedError extends DomainError {
  constructor() {
    super('PAYMENT.ADMIN_UNAUTHORIZED', 'Chave de administração ausente ou inválida.');
  }
}

/** Operator and payroll-source routes: header `X-Admin-Key` must equal ADMIN_API_KEY. */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  private readonly expected: Buffer;

  constructor(@Inject(PaymentConfig) config: PaymentConfig) {
    this.expected = Buffer.from(config.ADMIN_API_KEY);
  }

  canActivate(context: ExecutionContext): boolean {
    const given = context.switchToHttp().getRequest<Request>().header('x-admin-key');
    const key = Buffer.from(given ?? '');
    if (key.length !== this.expected.length || !timingSafeEqual(key, this.expected)) throw new AdminUnauthorizedError();
    return true;
  }
}

export const AdminApi = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(AdminKeyGuard),
    ApiHeader({ name: 'X-Admin-Key', required: true, description: 'ADMIN_API_KEY of the payment service' }),
    ApiUnauthorizedResponse({ description: 'PAYMENT.ADMIN_UNAUTHORIZED' }),
  );
