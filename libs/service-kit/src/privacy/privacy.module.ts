import { type DynamicModule, Module } from '@nestjs/common';
import { FieldCipher } from '@consignado/core';

/** What the module needs of a service's configuration: every `ApiServiceConfig` has it. */
export interface PrivacyOptions {
  readonly piiCipher: FieldCipher;
}

/**
 * The cipher of personal data at rest (LGPD, R-SEC-3), built once from PII_KEY_RING and injected
 * by its class (`FieldCipher`): database mappers seal on the way in and open on the way out, so
 * the domain only ever sees clear values.
 */
@Module({})
export class PrivacyModule {
  static forRoot(config: PrivacyOptions): DynamicModule {
    return { module: PrivacyModule, global: true, providers: [{ provide: FieldCipher, useValue: config.piiCipher }], exports: [FieldCipher] };
  }
}
