import { loadConfig } from '@consignado/config';
import { startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { RailMockConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(RailMockConfig);
  await startService(AppModule.register(config), {
    service: 'rail-mock',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    openApi: {
      title: 'ConsignadoHub — mock arranjo de pagamentos (PIX/SPI)',
      description:
        'O arranjo de pagamentos instantâneos: envio e consulta de transferências a uma chave PIX ou conta (X-Api-Key), liquidação ou rejeição após o prazo, roteiros de resultado e caos pela API de administração (X-Admin-Key).',
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
