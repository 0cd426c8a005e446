import { applyDecorators, type CanActivate, createParamDecorator, type ExecutionContext, Inject, Injectable, UseGuards } from '@nestjs/common';
import { ApiHeader, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Request } from 'express';
import { DomainError } from '@consignado/core';
import { CtcMockConfig } from '../../config';
import { sameKey } from './keys';

/** The institution calling the participant API, authenticated by its ISPB and key. */
export interface Participant {
  readonly ispb: string;
}

type WithParticipant = Request & { participant?: Participant };

/** Participant routes: `X-Participant-Ispb` must be a configured participant and `X-Api-Key` its key. */
@Injectable()
export class ParticipantGuard implements CanActivate {
  private readonly keys: Map<string, string>;

  constructor(@Inject(CtcMockConfig) config: CtcMockConfig) {
    this.keys = config.participants();
  }

  canActivate(context: ExecutionContext): boolean {
    const req = context.switchToHttp().getRequest<WithParticipant>();
    const ispb = req.header('x-participant-ispb') ?? '';
    const expected = this.keys.get(ispb);
    if (!expected || !sameKey(req.header('x-api-key'), expected)) {
      throw new DomainError('CTC.PARTICIPANT_UNAUTHORIZED', 'Participante não autenticado: informe X-Participant-Ispb e X-Api-Key válidos.');
    }
    req.participant = { ispb };
    return true;
  }
}

export const ParticipantApi = (): MethodDecorator & ClassDecorator =>
  applyDecorators(
    UseGuards(ParticipantGuard),
    ApiHeader({ name: 'X-Participant-Ispb', required: true, description: 'ISPB do participante (8 dígitos)' }),
    ApiHeader({ name: 'X-Api-Key', required: true, description: 'Chave do participante (CTC_PARTICIPANTS)' }),
    ApiUnauthorizedResponse({ description: 'CTC.PARTICIPANT_UNAUTHORIZED' }),
  );

/** The authenticated participant of a route under ParticipantApi. */
export const Caller = createParamDecorator((_: unknown, context: ExecutionContext): Participant => {
  const participant = context.switchToHttp().getRequest<WithParticipant>().participant;
  if (!participant) throw new Error('Caller used on a route without ParticipantApi');
  return participant;
});
