import { Global, Module } from '@nestjs/common';
import { FieldCipher } from '@consignado/core';
import { ProposalConfig } from '../config';

/**
 * The cipher of personal data at rest (LGPD, R-SEC-3), built once from PII_KEY_RING: database
 * mappers seal on the way in and open on the way out, so the domain only ever sees clear values.
 */
@Global()
@Module({ providers: [{ provide: FieldCipher, inject: [ProposalConfig], useFactory: (config: ProposalConfig) => config.piiCipher }], exports: [FieldCipher] })
export class PrivacyModule {}
