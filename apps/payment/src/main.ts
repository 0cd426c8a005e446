import { loadConfig } from '@consignado/config';
import { runWorkers, startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { PaymentConfig } from './config';
import { PAYMENT_STATUS_OVERRIDES } from './shared/http/status-overrides';

async function main(config: PaymentConfig): Promise<void> {
  await startService(AppModule.register(config), {
    service: 'payment',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    security: config.security,
    openApi: {
      title: 'ConsignadoHub — payment',
      description:
        'Billing and servicing of active contracts and the arbiter of money on them: installments, manual payments with late charges, early settlement and extraordinary amortization, refinancing and portability payoffs, payroll remittances, InstallmentDue reminders (R-PA-1, R-LN-3..7). Bearer tokens of the OpenID Connect provider (R-SEC-1): customers reach only their own contracts and payments; back-office actions need a staff role and are audited.',
    },
    statusOverrides: PAYMENT_STATUS_OVERRIDES,
  });
}

runWorkers(() => loadConfig(PaymentConfig), main);
