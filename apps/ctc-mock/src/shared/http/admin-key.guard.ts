import { applyDecorators, type CanActivate, type ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '@consignado/core';
import { CtcMockConfig } from '../../config';
import { sameKey } from './keys';

/** Admin routes (simulated banks, clock, sweep, chaos): header `X-Admin-Key` must equal CTC_ADMIN_API_KEY. */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  constructor(@Inject(CtcMockConfig) private readonly config: CtcMockConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const given = context.switchToHttp().getRequest<Request>().header('x-admin-key');
    if (!sameKey(given, this.config.CTC_ADMIN_API_KEY)) throw new DomainError('CTC.ADMIN_UNAUTHORIZED', 'Chave de administração ausente ou inválida.');
    return true;
  }
}

export const AdminApi = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(AdminKeyGuard),
    ApiHeader({ name: 'X-Admin-Key', required: true, description: 'CTC_ADMIN_API_KEY' }),
    ApiUnauthorizedResponse({ description: 'CTC.ADMIN_UNAUTHORIZED' }),
  );
