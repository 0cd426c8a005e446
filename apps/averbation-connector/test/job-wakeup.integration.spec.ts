import { randomUUID } from 'node:crypto';
import type { Producer } from 'kafkajs';
import { examplePayload } from '@consignado/contracts';
import { publishEvent, startTestService, testEndpoints, testKafka, uniqueName, type TestService } from '@consignado/testing';
import { type DataprevMockConfig, startDataprevMock } from './dataprev-support';
import { AppModule } from '../src/app.module';
import { AverbationConnectorConfig } from '../src/config';
import { EventLog, freshBenefit } from './support';

/**
 * A new job wakes its worker through the insert's NOTIFY: with the poll set to a minute (the longest allowed, past the test's waits), a margin
 * check and an averbation requested after start-up still reach Dataprev and answer.
 */
describe('job wake-up on insert', () => {
  const kafka = testKafka();
  let mock: TestService<DataprevMockConfig>;
  let connector: TestService<AverbationConnectorConfig>;
  let producer: Producer;
  let events: EventLog;
  const ns = uniqueName('it-wake');

  beforeAll(async () => {
    mock = await startDataprevMock();
    connector = await startTestService({
      service: 'averbation-connector',
      config: AverbationConnectorConfig,
      module: (c) => AppModule.register(c),
      namespace: ns,
      env: { DATAPREV_URL: mock.baseUrl, CTC_URL: 'http://127.0.0.1:9', REDIS_URL: testEndpoints().redisUrl, REDIS_KEY_PREFIX: ns, WORKER_POLL_INTERVAL_MS: '60000' },
    });
    producer = kafka.producer();
    await producer.connect();
    events = new EventLog(kafka, ns);
    await events.start(['MarginChecked', 'AverbationCompleted']);
  });

  afterAll(async () => {
    await events?.stop();
    await producer?.disconnect();
    await connector?.close();
    await mock?.close();
  });

  it('runs a margin check and an averbation inserted after the workers last polled', async () => {
    const benefitNumber = freshBenefit();
    const proposalId = randomUUID();
    await publishEvent(producer, ns, 'MarginCheckRequested', { proposalId, cpf: '12345678909', benefitNumber });
    const [checked] = await events.waitFor('MarginChecked', proposalId);
    expect(checked.payload).toMatchObject({ benefitNumber, fromCache: false });

    const contractId = randomUUID();
    await publishEvent(producer, ns, 'AverbationRequested', { ...examplePayload('AverbationRequested'), contractId, proposalId, cpf: '12345678909', benefitNumber, installmentAmount: '100.00' });
    const [completed] = await events.waitFor('AverbationCompleted', contractId);
    expect(completed.payload).toMatchObject({ contractId, benefitNumber, installmentAmount: '100.00' });
  });
});
