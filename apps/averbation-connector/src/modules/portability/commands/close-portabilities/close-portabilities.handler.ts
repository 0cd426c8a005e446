import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EventEnvelope } from '@consignado/contracts';
import { DomainError } from '@consignado/core';
import { PORTABILITY_IN_REPOSITORY, PORTABILITY_OUT_REPOSITORY, type PortabilityInRepository, type PortabilityOutRepository } from '../../database/portability.repositories';
import { notYetKnown } from '../../domain/portability-errors';

/**
 * What a contract's or a proposal's end means at the exchange, in the consumer's transaction: a
 * cancelled portability in not yet transferred, or one whose proposal was cancelled or refused
 * before any contract, is withdrawn (POST …/cancellation); a contract ported out
 * and settled has its settlement confirmed (POST …/settlement-confirmation with our receipt).
 */
@Injectable()
export class ClosePortabilitiesHandler {
  private readonly logger = new Logger('ClosePortabilities');

  constructor(
    @Inject(PORTABILITY_IN_REPOSITORY) private readonly ins: PortabilityInRepository,
    @Inject(PORTABILITY_OUT_REPOSITORY) private readonly outs: PortabilityOutRepository,
  ) {}

  async contractCancelled(manager: EntityManager, event: EventEnvelope<'ContractCancelled'>): Promise<void> {
    const { contractId } = event.payload;
    const portability = await this.ins.lockBy(manager, { contractId });
    if (!portability) return; // no portability in, or its transfer request has not arrived yet (it checks the closure)
    if (portability.contractCancelled(new Date())) return this.ins.update(manager, portability);
    const { status } = portability.snapshot;
    if (status === 'AWAITING_SETTLEMENT') this.logger.warn(`contract ${contractId} cancelled after its portability's transfer: the exchange no longer allows withdrawing it`);
  }

  /** A portability proposal ended before any contract: withdraw its request at the exchange. */
  async proposalEnded(manager: EntityManager, proposalId: string): Promise<void> {
    const portability = await this.ins.lockBy(manager, { proposalId });
    if (portability?.proposalEnded(new Date())) await this.ins.update(manager, portability);
  }

  async portedOut(manager: EntityManager, event: EventEnvelope<'ContractSettled'>): Promise<void> {
    const { contractId, portabilityNumber } = event.payload;
    if (!portabilityNumber) return this.logger.error(`contract ${contractId} settled PORTED_OUT without its portability number: the settlement cannot be confirmed at the exchange`);
    const portability = await this.outs.lockBy(manager, { portabilityNumber });
    if (portability && portability.snapshot.contractId !== contractId) throw new DomainError('PORTABILITY.CONTRACT_MISMATCH', `A portabilidade ${portabilityNumber} não é do contrato ${contractId}.`);
    if (!portability || !portability.settled(event, new Date())) throw notYetKnown(`A transferência recebida na portabilidade ${portabilityNumber}`);
    await this.outs.update(manager, portability);
  }
}
