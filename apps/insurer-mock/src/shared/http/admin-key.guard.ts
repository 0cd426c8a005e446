import { applyDecorators, type CanActivate, type ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '@consignado/core';
import { InsurerMockConfig } from '../../config';
import { sameKey } from './keys';

/** Admin routes (outcome scripts, claims, chaos): header `X-Admin-Key` must equal INSURER_ADMIN_API_KEY. */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  constructor(@Inject(InsurerMockConfig) private readonly config: InsurerMockConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const given = context.switchToHttp().getRequest<Request>().header('x-admin-key');
    if (!sameKey(given, this.config.INSURER_ADMIN_API_KEY)) throw new DomainError('INSURER.ADMIN_UNAUTHORIZED', 'Chave de administração ausente ou inválida.');
    return true;
  }
}

export const AdminApi = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(AdminKeyGuard),
    ApiHeader({ name: 'X-Admin-Key', required: true, description: 'INSURER_ADMIN_API_KEY' }),
    ApiUnauthorizedResponse({ description: 'INSURER.ADMIN_UNAUTHORIZED' }),
  );
