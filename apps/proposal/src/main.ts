import { loadConfig } from '@consignado/config';
import { runWorkers, startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { ProposalConfig } from './config';

async function main(config: ProposalConfig): Promise<void> {
  await startService(AppModule.register(config), {
    service: 'proposal',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    security: config.security,
    // A stored value no key of the ring opens is the service's fault, never the caller's (R-SEC-3).
    statusOverrides: { 'PRIVACY.UNREADABLE_FIELD': 500 },
    openApi: {
      title: 'ConsignadoHub — proposal',
      description: 'Channel APIs (digital, corban, internal): simulations, customers, proposals, documents, cancellation and timelines (R-PR-1..8).',
    },
  });
}

runWorkers(() => loadConfig(ProposalConfig), main);
