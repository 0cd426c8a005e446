import { Inject, Injectable } from '@nestjs/common';
import { fail, ok, type Result } from '@consignado/core';
import { CtcError } from '../../../portability/domain/ctc-error';
import { SIMULATED_BANKS, type SimulatedBankRepository } from '../../database/simulated-bank.repository';
import type { SimulatedContract } from '../../domain/simulated-bank';
import { CounterpartsReader } from '../../worker/counterparts.reader';

export const participantNotSimulated = (ispb: string): CtcError =>
  new CtcError('CTC.PARTICIPANT_NOT_SIMULATED', `O ISPB ${ispb} é de um participante: ele age pela própria API, não é simulado.`, { ispb });

/** Creates or replaces a simulated origin's contract; a participant's ISPB is refused (it answers for itself). */
@Injectable()
export class RegisterOriginContractHandler {
  constructor(
    @Inject(SIMULATED_BANKS) private readonly banks: SimulatedBankRepository,
    private readonly counterparts: CounterpartsReader,
  ) {}

  async execute(contract: SimulatedContract): Promise<Result<{ contract: SimulatedContract; created: boolean }, CtcError>> {
    if (this.counterparts.isParticipant(contract.ispb)) return fail(participantNotSimulated(contract.ispb));
    if (contract.refusalReason === 'RETENCAO_DO_CLIENTE') {
      return fail(new CtcError('CTC.REASON_NOT_ALLOWED', 'Para reter o cliente use o comportamento RETAIN (contraproposta e depois a recusa).', { reason: contract.refusalReason }));
    }
    return ok({ contract, created: await this.banks.saveContract(contract, new Date()) });
  }
}
