import { Global, Module } from '@nestjs/common';
import { AuditController } from './audit.controller';
import { AuditInterceptor } from './audit.interceptor';
import { AuditTrail } from './audit-trail';

/**
 * The audit trail of a service with back-office actions; its table comes from `auditMigrations`.
 * Global, so `@Audited` routes of any module find the trail.
 */
@Global()
@Module({ controllers: [AuditController], providers: [AuditTrail, AuditInterceptor], exports: [AuditTrail, AuditInterceptor] })
export class AuditModule {}
