import { loadConfig } from '@consignado/config';
import { runWorkers, startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { CreditAnalysisConfig } from './config';

async function main(config: CreditAnalysisConfig): Promise<void> {
  await startService(AppModule.register(config), {
    service: 'credit-analysis',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    security: config.security,
    openApi: {
      title: 'ConsignadoHub — credit-analysis',
      description: 'Credit decisions on proposals, every rule recorded with its measured value, limit and parameter version (R-CA-1, R-CA-2, R-CA-4). Back-office audit API (bearer tokens, R-SEC-1).',
    },
  });
}

runWorkers(() => loadConfig(CreditAnalysisConfig), main);
