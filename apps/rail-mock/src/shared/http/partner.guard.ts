import { applyDecorators, type CanActivate, type ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '@consignado/core';
import { RailMockConfig } from '../../config';
import { sameKey } from './keys';

/** Transfers routes: `X-Api-Key` must be the bank's key (RAIL_API_KEY), compared in constant time. */
@Injectable()
export class PartnerGuard implements CanActivate {
  constructor(@Inject(RailMockConfig) private readonly config: RailMockConfig) {}

  canActivate(context: ExecutionContext): boolean {
    const given = context.switchToHttp().getRequest<Request>().header('x-api-key');
    if (!sameKey(given, this.config.RAIL_API_KEY)) throw new DomainError('RAIL.PARTNER_UNAUTHORIZED', 'Parceiro não autenticado: informe um X-Api-Key válido.');
    return true;
  }
}

export const PartnerApi = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(PartnerGuard),
    ApiHeader({ name: 'X-Api-Key', required: true, description: 'Chave do banco pagador, participante do SPI (RAIL_API_KEY)' }),
    ApiUnauthorizedResponse({ description: 'RAIL.PARTNER_UNAUTHORIZED' }),
  );
