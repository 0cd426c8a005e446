import { Inject, Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { civilDateInBrazil } from '@consignado/finance';
import { type CommandOutcome, IdempotentCommands } from '@consignado/service-kit';
import { CONTRACT_POSITIONS, type ContractPositions } from '../../../contract-projection/database/contract-position.repository';
import { CLOCK, type Clock } from '../../../analysis/domain/clock';
import { ApplicantHistoryReader } from '../../database/applicant-history.reader';
import { PersonalizationRepository } from '../../database/personalization.repository';
import type { DeclaredData } from '../../domain/declared-data';
import { computeProfile, type FinancialProfileRecord } from '../../domain/financial-profile';
import { type Caller, maySee } from '../../domain/may-see';
import { PersonalizationIdempotencyConflictError, PersonalizationNotFoundError } from '../../domain/personalization.errors';
import { portableDebts } from '../../domain/portable-debt';
import { profileInput } from '../../domain/profile-input';
import { recommendFacts } from '../../domain/recommend-facts';

export interface ComputeProfileCommand {
  readonly customerId: string;
  readonly declared: DeclaredData;
}

/**
 * Seed 004 RF1 for a customer (R-CA-3): what the platform knows (contracts projected from loan,
 * analyses) plus what the request declares, through the rules, kept with its input, sources and
 * rule version. With an Idempotency-Key a retry gets the same profile back.
 */
@Injectable()
export class ComputeProfileHandler {
  constructor(
    @Inject(IdempotentCommands) private readonly commands: IdempotentCommands,
    @Inject(CONTRACT_POSITIONS) private readonly positions: ContractPositions,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly history: ApplicantHistoryReader,
    private readonly repository: PersonalizationRepository,
  ) {}

  /** `scope` names the caller (channel and id): keys are theirs. The key keeps the profile id only, never the data. */
  async execute(command: ComputeProfileCommand, caller: Caller, scope: string, key?: string): Promise<CommandOutcome<FinancialProfileRecord>> {
    const claim = key === undefined ? undefined : { scope: `personalization.profile:${scope}`, key, content: plain(command), conflict: () => new PersonalizationIdempotencyConflictError() };
    const outcome = await this.commands.run(claim, async (manager) => (await this.compute(manager, command, caller)).profileId);
    const profile = await this.repository.profile(outcome.result);
    if (!profile) throw new Error(`profile ${outcome.result} vanished after its commit`);
    return { result: profile, replayed: outcome.replayed };
  }

  private async compute(manager: EntityManager, { customerId, declared }: ComputeProfileCommand, caller: Caller): Promise<FinancialProfileRecord> {
    const now = this.clock.now();
    const today = civilDateInBrazil(now);
    const history = await this.history.read(manager, customerId, now);
    if (!maySee(caller, customerId, history)) throw new PersonalizationNotFoundError('CUSTOMER', customerId);
    const contracts = (await this.positions.ofCustomer(manager, customerId)).filter((c) => c.customerId === customerId);
    const input = profileInput(customerId, contracts, history, declared, today);
    const profile = computeProfile(customerId, input, recommendFacts(input.input, contracts, history, declared, today), today.toString(), now, portableDebts(declared));
    await this.repository.insertProfile(manager, profile);
    return profile;
  }
}

/** The command as its JSON (money as decimal strings): what the key's fingerprint compares. */
const plain = (command: ComputeProfileCommand): unknown => JSON.parse(JSON.stringify(command));
