import { loadConfig } from '@consignado/config';
import { runWorkers, startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { LoanConfig } from './config';

async function main(config: LoanConfig): Promise<void> {
  await startService(AppModule.register(config), {
    service: 'loan',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    security: config.security,
    openApi: {
      title: 'ConsignadoHub — loan',
      description: 'Contracts booked from approved credit (new, refinancing, portability in), their averbação, activation, cancellation, plan, payments, early settlement, extra amortization, portability out, updated balance and settlement quote (R-LN-1..7, R-LN-11, R-PA-2, R-PR-8).',
    },
  });
}

runWorkers(() => loadConfig(LoanConfig), main);
