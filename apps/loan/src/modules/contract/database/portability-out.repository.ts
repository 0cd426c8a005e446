import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { PortabilityOutAnswer, PortabilityOutRequest } from '../domain/portability-out';
import { PortabilityOutRequestRow } from './portability-out.orm-entity';

export const PORTABILITY_OUT_REPOSITORY = Symbol('PORTABILITY_OUT_REPOSITORY');

/** Port: every portability out request with the answer loan gave, by portability number. */
export interface PortabilityOutRepository {
  answerOf(manager: EntityManager, portabilityNumber: string): Promise<PortabilityOutAnswer | undefined>;
  add(manager: EntityManager, request: PortabilityOutRequest, answer: PortabilityOutAnswer): Promise<void>;
}

@Injectable()
export class TypeOrmPortabilityOutRepository implements PortabilityOutRepository {
  async answerOf(manager: EntityManager, portabilityNumber: string): Promise<PortabilityOutAnswer | undefined> {
    const row = await manager.getRepository(PortabilityOutRequestRow).findOne({ where: { portabilityNumber } });
    return row?.answer;
  }

  async add(manager: EntityManager, request: PortabilityOutRequest, answer: PortabilityOutAnswer): Promise<void> {
    const { portabilityNumber, contractId, destinationInstitutionIspb, balanceDate, answerDeadline } = request;
    await manager.getRepository(PortabilityOutRequestRow).insert({
      portabilityNumber, contractId, destinationInstitutionIspb, balanceDate, answerDeadline, requestedAt: new Date(request.requestedAt),
      outcome: answer.outcome, answer, answeredAt: new Date(answer.answeredAt),
    });
  }
}
