import { applyDecorators, type CanActivate, type ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '@consignado/core';
import { InsurerMockConfig } from '../../config';
import { sameKey } from './keys';

/** Claims routes: `X-Api-Key` must be the bank's key (INSURER_API_KEY), compared in constant time. */
@Injectable()
export class PartnerGuard implements CanActivate {
  constructor(@Inject(InsurerMockConfig) private readonly config: InsurerMockConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const given = context.switchToHttp().getRequest<Request>().header('x-api-key');
    if (!sameKey(given, this.config.INSURER_API_KEY)) throw new DomainError('INSURER.PARTNER_UNAUTHORIZED', 'Parceiro não autenticado: informe um X-Api-Key válido.');
    return true;
  }
}

export const PartnerApi = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(PartnerGuard),
    ApiHeader({ name: 'X-Api-Key', required: true, description: 'Chave do banco estipulante (INSURER_API_KEY)' }),
    ApiUnauthorizedResponse({ description: 'INSURER.PARTNER_UNAUTHORIZED' }),
  );
