import { Global, Module } from '@nestjs/common';
import { ProposalConfig } from '../../config';
import { ApiKeyGuard } from './api-key.guard';
import { ApiKeyRegistry } from './domain/api-key-registry';

/** Channel authentication (R-PR-1): the key registry from API_KEYS and the guard using it. */
@Global()
@Module({
  providers: [{ provide: ApiKeyRegistry, inject: [ProposalConfig], useFactory: (config: ProposalConfig) => new ApiKeyRegistry(config.apiKeys) }, ApiKeyGuard],
  exports: [ApiKeyRegistry, ApiKeyGuard],
})
export class AccessModule {}
