import { loadConfig } from '@consignado/config';
import { runWorkers, startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { NotificationConfig } from './config';

async function main(config: NotificationConfig): Promise<void> {
  await startService(AppModule.register(config), {
    service: 'notification',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    security: config.security,
    openApi: { title: 'ConsignadoHub — notification', description: 'Customer notifications (pt-BR) and their delivery log (R-NT-1).' },
  });
}

runWorkers(() => loadConfig(NotificationConfig), main);
