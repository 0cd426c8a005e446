import { Logger } from '@nestjs/common';
import { createEnvelope, type EventEnvelope, examplePayload } from '@consignado/contracts';
import type { Clock } from '../domain/clock';
import { defaultAnalysisParameters } from '../domain/parameters/analysis-parameters';
import { DeterministicScoreProvider } from '../score/deterministic-score.provider';
import { InMemoryContractPositions } from '../../contract-projection/testing/in-memory.positions';
import { ApplicantProfileReader } from '../commands/applicant-profile.reader';
import { CancelAnalysisHandler } from '../commands/cancel-analysis/cancel-analysis.handler';
import { OperationInputsReader } from '../commands/operation-inputs.reader';
import { RecordMarginHandler } from '../commands/record-margin/record-margin.handler';
import { RecordPortabilityHandler } from '../commands/record-portability/record-portability.handler';
import { StartAnalysisHandler } from '../commands/start-analysis/start-analysis.handler';
import { fakeContext } from './fake-context';
import { InMemoryAnalysisRepository } from './in-memory.repository';
import { inssPayload } from './proposal.fixtures';

/** Test wiring of the use cases over in-memory analyses and contract positions, a fixed clock and quiet logs. */
export function handlersUnderTest() {
  Logger.overrideLogger(false);
  const clock: Clock = { now: () => new Date('2026-03-10T12:00:00Z') };
  const params = defaultAnalysisParameters();
  const repository = new InMemoryAnalysisRepository();
  const positions = new InMemoryContractPositions();
  const inputs = new OperationInputsReader(positions);
  return {
    repository,
    positions,
    start: new StartAnalysisHandler(repository, params, new DeterministicScoreProvider(), clock, inputs, new ApplicantProfileReader(positions, repository)),
    margin: new RecordMarginHandler(repository, params, clock, inputs),
    portability: new RecordPortabilityHandler(repository, params, clock, inputs),
    cancel: new CancelAnalysisHandler(repository, clock),
  };
}

export type Handlers = ReturnType<typeof handlersUnderTest>;

export const proposalCreated = (payload = inssPayload()) => createEnvelope('ProposalCreated', { payload, metadata: { channel: 'CORBAN' } });

export const marginChecked = (proposalId: string, available = '500.00', startDate = '2020-01-15') =>
  createEnvelope('MarginChecked', {
    payload: {
      ...examplePayload('MarginChecked'),
      proposalId,
      benefit: { ...examplePayload('MarginChecked').benefit, startDate },
      margins: { loan: { limit: '700.00', used: '0.00', available }, card: { limit: '100.00', used: '0.00', available: '100.00' } },
    },
  });

export const proposalCancelled = (proposalId: string) =>
  createEnvelope('ProposalCancelled', { payload: { ...examplePayload('ProposalCancelled'), proposalId } });

/** Runs StartAnalysis on a new ProposalCreated and returns the event. */
export async function received(h: Handlers, payload = inssPayload()): Promise<EventEnvelope<'ProposalCreated'>> {
  const event = proposalCreated(payload);
  await h.start.execute(event, fakeContext(event));
  return event;
}
