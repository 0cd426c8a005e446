import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { ALTERATION_REPOSITORY, type AlterationRepository } from '../../database/alteration.repository';
import { AVERBATION_REPOSITORY, type AverbationRepository } from '../../database/averbation.repository';
import { AverbationAlteration } from '../../domain/averbation-alteration';
import { invalidRenegotiation, type Renegotiation } from '../../domain/renegotiation';
import { AverbationNotYetKnownError } from '../close-averbation/close-averbation.handler';

/**
 * A late contract renegotiated (R-LN-8): its registered deduction passes to the RENEGOTIATION
 * contract and the new plan (installment, term) becomes the deduction's alteration job, motivo
 * RENEGOCIACAO — the amendment's worker, retries and cache invalidation. Found by the old contract,
 * or by the new one when the move already happened (the same renegotiation again: nothing new).
 */
@Injectable()
export class RenegotiateAverbationHandler {
  private readonly logger = new Logger('RenegotiateAverbation');

  constructor(
    @Inject(AVERBATION_REPOSITORY) private readonly averbations: AverbationRepository,
    @Inject(ALTERATION_REPOSITORY) private readonly alterations: AlterationRepository,
  ) {}

  async execute(manager: EntityManager, event: EventEnvelope<'ContractActivated'>, { contractId, renegotiatedContractId, protocol }: Renegotiation): Promise<void> {
    const averbation = (await this.averbations.lockByContract(manager, renegotiatedContractId)) ?? (await this.averbations.lockByContract(manager, contractId));
    const s = averbation?.snapshot;
    if (!averbation || !s) {
      // Loan names a deduction this connector registered, yet none is known: retried, then dead-lettered.
      if (protocol) throw new AverbationNotYetKnownError(`averbation of contract ${renegotiatedContractId} (protocol ${protocol}) renegotiated into ${contractId} not known here`);
      return this.logger.log(`contract ${renegotiatedContractId} renegotiated into ${contractId} has no deduction at Dataprev (not INSS): nothing to alter`);
    }
    if (protocol && s.protocol !== protocol) throw invalidRenegotiation(contractId, `protocolo ${protocol} difere do da averbação do contrato ${renegotiatedContractId} (${s.protocol ?? 'nenhum'}).`);
    if (s.status !== 'REGISTERED' || !s.protocol) return this.logger.warn(`averbation of contract ${averbation.contractId} is ${s.status}: the renegotiation into ${contractId} is not sent to Dataprev`);
    if (averbation.contractId !== contractId) {
      averbation.handOver(contractId);
      await this.averbations.update(manager, averbation);
    }
    const existing = await this.alterations.lock(manager, s.id);
    const now = new Date();
    if (!existing) return this.alterations.insert(manager, AverbationAlteration.requested({ id: s.id, contractId, protocol: s.protocol, benefitNumber: averbation.benefitNumber }, event, now));
    existing.moveTo(contractId);
    if (existing.amend(event, now) === 'STALE') this.logger.warn(`renegotiation of contract ${renegotiatedContractId} into ${contractId} is older than the plan already kept: not sent`);
    await this.alterations.update(manager, existing);
  }
}
