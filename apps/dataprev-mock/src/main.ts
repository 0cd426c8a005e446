import { loadConfig } from '@consignado/config';
import { startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { DataprevMockConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(DataprevMockConfig);
  await startService(AppModule.register(config), {
    service: 'dataprev-mock',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    openApi: {
      title: 'ConsignadoHub — mock Dataprev',
      description: 'As operações da Dataprev (seed 003 §5.1 e Alterar contrato), lenta e instável de propósito (R-AV-1), e a API de administração do caos.',
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
