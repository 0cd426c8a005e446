import { startTestService, type TestService } from '@consignado/testing';
// The connector's counterpart, started in-process on a random port: a test-only dependency.
// eslint-disable-next-line @nx/enforce-module-boundaries
import { AppModule as DataprevMockModule } from '../../dataprev-mock/src/app.module';
// eslint-disable-next-line @nx/enforce-module-boundaries
import { DataprevMockConfig } from '../../dataprev-mock/src/config';

export type { DataprevMockConfig };

/** The mock Dataprev on the real PostgreSQL (own schema), never failing at random; `env` sets its latency and chaos seed. */
export function startDataprevMock(env: Record<string, string> = {}): Promise<TestService<DataprevMockConfig>> {
  return startTestService({
    service: 'dataprev-mock',
    config: DataprevMockConfig,
    module: (c) => DataprevMockModule.register(c),
    env: { DATAPREV_LATENCY_MIN_MS: '0', DATAPREV_LATENCY_MAX_MS: '0', DATAPREV_FAILURE_RATE: '0', ...env },
  });
}
