import { Inject, Injectable } from '@nestjs/common';
import { fail, type Result } from '@consignado/core';
import { RequestPortabilityHandler, type Requested } from '../../../portability/commands/request-portability/request-portability.handler';
import { CtcError } from '../../../portability/domain/ctc-error';
import type { PortabilityRequest } from '../../../portability/domain/portability-state';
import { SIMULATED_BANKS, type SimulatedBankRepository } from '../../database/simulated-bank.repository';
import type { DestinationBehaviour } from '../../domain/simulated-bank';
import { CounterpartsReader } from '../../worker/counterparts.reader';
import { participantNotSimulated } from '../register-origin-contract/register-origin-contract.handler';

export interface IncomingScript {
  readonly behaviour: DestinationBehaviour;
  readonly delayMs: number;
}

/**
 * A simulated destination's request for a participant's contract: opened like any request (one
 * open per contract, the feed), with the destination's script saved in the same transaction.
 */
@Injectable()
export class OpenIncomingPortabilityHandler {
  constructor(
    private readonly requests: RequestPortabilityHandler,
    private readonly counterparts: CounterpartsReader,
    @Inject(SIMULATED_BANKS) private readonly banks: SimulatedBankRepository,
  ) {}

  async execute(request: PortabilityRequest, script: IncomingScript): Promise<Result<Requested, CtcError>> {
    if (this.counterparts.isParticipant(request.destinationIspb)) return fail(participantNotSimulated(request.destinationIspb));
    if (!this.counterparts.isParticipant(request.originIspb)) {
      return fail(new CtcError('CTC.ORIGIN_NOT_PARTICIPANT', `O ISPB ${request.originIspb} não é de um participante: o pedido simulado é para um participante responder.`, { ispb: request.originIspb }));
    }
    return this.requests.execute({ request }, (manager, portability) => this.banks.saveDestination(manager, { nu: portability.state.nu, ispb: request.destinationIspb, ...script }));
  }
}
