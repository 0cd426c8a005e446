import { loadConfig } from '@consignado/config';
import { runWorkers, startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { AverbationConnectorConfig } from './config';

async function main(config: AverbationConnectorConfig): Promise<void> {
  await startService(AppModule.register(config), {
    service: 'averbation-connector',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    security: config.security,
    openApi: {
      title: 'ConsignadoHub — averbation connector',
      description: 'Margin queries and payroll-deduction registrations at Dataprev, driven by Kafka events (R-AV-1..3).',
    },
  });
}

runWorkers(() => loadConfig(AverbationConnectorConfig), main);
