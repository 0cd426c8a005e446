import { loadConfig } from '@consignado/config';
import { startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { NotificationConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(NotificationConfig);
  await startService(AppModule.register(config), {
    service: 'notification',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    security: config.security,
    openApi: { title: 'ConsignadoHub — notification', description: 'Customer notifications (pt-BR) and their delivery log (R-NT-1).' },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
