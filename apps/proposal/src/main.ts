import { loadConfig } from '@consignado/config';
import { runWorkers, startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { ProposalConfig } from './config';
import { PROPOSAL_STATUS_OVERRIDES } from './shared/status-overrides';

async function main(config: ProposalConfig): Promise<void> {
  await startService(AppModule.register(config), {
    service: 'proposal',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    security: config.security,
    statusOverrides: PROPOSAL_STATUS_OVERRIDES,
    openApi: {
      title: 'ConsignadoHub — proposal',
      description: 'Channel APIs (digital, corban, internal): simulations, customers, proposals, documents, cancellation and timelines (R-PR-1..8).',
    },
  });
}

runWorkers(() => loadConfig(ProposalConfig), main);
