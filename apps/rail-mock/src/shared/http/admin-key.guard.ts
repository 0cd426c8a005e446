import { applyDecorators, type CanActivate, type ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '@consignado/core';
import { RailMockConfig } from '../../config';
import { sameKey } from './keys';

/** Admin routes (outcome scripts, transfers, chaos): header `X-Admin-Key` must equal RAIL_ADMIN_API_KEY. */
@Injectable()
export class AdminKeyGuard implements CanActivate {
  constructor(@Inject(RailMockConfig) private readonly config: RailMockConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const given = context.switchToHttp().getRequest<Request>().header('x-admin-key');
    if (!sameKey(given, this.config.RAIL_ADMIN_API_KEY)) throw new DomainError('RAIL.ADMIN_UNAUTHORIZED', 'Chave de administração ausente ou inválida.');
    return true;
  }
}

export const AdminApi = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(AdminKeyGuard),
    ApiHeader({ name: 'X-Admin-Key', required: true, description: 'RAIL_ADMIN_API_KEY' }),
    ApiUnauthorizedResponse({ description: 'RAIL.ADMIN_UNAUTHORIZED' }),
  );
