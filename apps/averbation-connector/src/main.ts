import { loadConfig } from '@consignado/config';
import { startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { AverbationConnectorConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(AverbationConnectorConfig);
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

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
