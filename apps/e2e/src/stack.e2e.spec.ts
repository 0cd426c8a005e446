import { abuseSuite } from './suites/abuse';
import { amortizationSuite } from './suites/amortization';
import { averbationSuite } from './suites/averbation';
import { balanceRaceSuite } from './suites/balance-race';
import { blocksSuite } from './suites/blocks';
import { channelsSuite } from './suites/channels';
import { dataSubjectSuite } from './suites/data-subject';
import { insuranceSuite } from './suites/insurance';
import { commissionsSuite } from './suites/commissions';
import { acceptanceExpirySuite, formalizationSuite } from './suites/formalization';
import { fundsReleaseSuite } from './suites/funds-release';
import { observabilitySuite } from './suites/observability';
import { originationSuite } from './suites/origination';
import { personalDataSuite } from './suites/personal-data';
import { personalizationSuite } from './suites/personalization';
import { portabilityInSuite } from './suites/portability-in';
import { portabilityOutSuite } from './suites/portability-out';
import { refinancingSuite } from './suites/refinancing';
import { securitySuite } from './suites/security';
import { servicingSuite } from './suites/servicing';
import { settlementSuite } from './suites/settlement';
import { tracingSuite } from './suites/tracing';
import { workoutSuite } from './suites/workout';
import { launchE2eStack } from './support/launch';
import { setE2eStack } from './support/stack';
import { dropE2eSchema } from './support/teardown';

/**
 * One stack of nine processes (same entry points as production) for every suite: launched once
 * here, isolated by its own Kafka namespace, PostgreSQL schema and Redis prefix.
 */
describe('ConsignadoHub end to end', () => {
  let stop: (() => Promise<void>) | undefined;
  let schema: string | undefined;

  beforeAll(async () => {
    const launched = await launchE2eStack();
    stop = launched.stop;
    schema = launched.stack.schema;
    setE2eStack(launched.stack);
  }, 200_000);

  afterAll(async () => {
    await stop?.();
    setE2eStack(undefined);
    if (schema) await dropE2eSchema(schema);
  }, 60_000);

  originationSuite();
  formalizationSuite();
  tracingSuite();
  observabilitySuite();
  averbationSuite();
  channelsSuite();
  servicingSuite();
  settlementSuite();
  balanceRaceSuite();
  amortizationSuite();
  // The contract formalizationSuite left unaccepted: its 2-minute window ran under the suites above.
  acceptanceExpirySuite();
  refinancingSuite();
  workoutSuite();
  portabilityInSuite();
  portabilityOutSuite();
  blocksSuite();
  insuranceSuite();
  commissionsSuite();
  fundsReleaseSuite();
  personalizationSuite();
  securitySuite();
  dataSubjectSuite();
  personalDataSuite();
  abuseSuite();
});
