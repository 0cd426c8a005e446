import { Injectable } from '@nestjs/common';
import type { DomainError, Result } from '@consignado/core';
import { DeadlinePolicy } from '../../domain/deadline-policy';
import type { Portability } from '../../domain/portability';
import type { OriginAnswer } from '../../domain/terms';
import { PortabilityWork } from '../portability-work';

/** The origin informs the balance (or a retention offer first). */
@Injectable()
export class AnswerBalanceHandler {
  constructor(
    private readonly work: PortabilityWork,
    private readonly policy: DeadlinePolicy,
  ) {}

  execute(nu: string, ispb: string, answer: OriginAnswer): Promise<Result<Portability, DomainError>> {
    return this.work.run(nu, ispb, (p, role, time) => p.answerBalance(role, answer, time, this.policy));
  }
}
