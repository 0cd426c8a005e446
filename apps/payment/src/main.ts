import { loadConfig } from '@consignado/config';
import { startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { PaymentConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(PaymentConfig);
  await startService(AppModule.register(config), {
    service: 'payment',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    openApi: {
      title: 'ConsignadoHub — payment',
      description: 'Billing and servicing of active contracts: installments, manual payments with late charges, payroll remittances, InstallmentDue reminders (R-PA-1, R-LN-3). Internal callers only.',
      apiKeyHeader: 'X-Admin-Key',
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
