import { loadConfig } from '@consignado/config';
import { startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { InsurerMockConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(InsurerMockConfig);
  await startService(AppModule.register(config), {
    service: 'insurer-mock',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    openApi: {
      title: 'ConsignadoHub — mock seguradora (sinistros do prestamista)',
      description:
        'A central de sinistros da seguradora do seguro prestamista: abertura e consulta de sinistros (X-Api-Key), decisão após a análise, roteiros de decisão e caos pela API de administração (X-Admin-Key).',
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
