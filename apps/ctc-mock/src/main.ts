import { loadConfig } from '@consignado/config';
import { startService } from '@consignado/service-kit';
import { AppModule } from './app.module';
import { CtcMockConfig } from './config';

async function main(): Promise<void> {
  const config = loadConfig(CtcMockConfig);
  await startService(AppModule.register(config), {
    service: 'ctc-mock',
    port: config.PORT,
    host: config.HOST,
    logLevel: config.LOG_LEVEL,
    openApi: {
      title: 'ConsignadoHub — mock CTC (portabilidade)',
      description:
        'A câmara de portabilidade de crédito consignado: API dos participantes (X-Participant-Ispb, X-Api-Key), feed de mensagens, bancos simulados e caos pela API de administração (X-Admin-Key).',
    },
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
