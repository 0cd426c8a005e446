import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { CtcMockConfig } from '../../../config';
import type { Portability } from '../../portability/domain/portability';
import { SIMULATED_BANKS, type SimulatedBankRepository } from '../database/simulated-bank.repository';
import type { Counterparts } from '../domain/counterparts';

/** Who is simulated on each side of a portability: an origin that is no participant, a destination the admin scripted. */
@Injectable()
export class CounterpartsReader {
  private readonly participants: ReadonlySet<string>;

  constructor(
    @Inject(CtcMockConfig) private readonly config: CtcMockConfig,
    @Inject(SIMULATED_BANKS) private readonly banks: SimulatedBankRepository,
  ) {
    this.participants = new Set(config.participants().keys());
  }

  isParticipant(ispb: string): boolean {
    return this.participants.has(ispb);
  }

  async of(manager: EntityManager, portability: Portability): Promise<Counterparts> {
    const { nu, originIspb, originContractNumber } = portability.state;
    const originSimulated = !this.isParticipant(originIspb);
    const contract = originSimulated ? await this.banks.findContract(manager, originIspb, originContractNumber) : undefined;
    const destination = await this.banks.findDestination(manager, nu);
    return { originSimulated, ...(contract ? { contract } : {}), ...(destination ? { destination } : {}), defaultDelayMs: this.config.CTC_SIMULATED_DELAY_MS };
  }
}
