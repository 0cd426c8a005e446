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
    openApi: { title: 'ConsignadoHub — payment', description: 'Billing of active contracts: installments to collect and payroll-deduction registrations (R-PA-1, first slice).' },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
