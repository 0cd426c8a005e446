import { Controller, Get, Inject, Query } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Matches, Max, Min } from 'class-validator';
import { Secured } from '@consignado/auth';
import { type AuditEntry, AuditTrail } from './audit-trail';

export class AuditQuery {
  @IsOptional()
  @Matches(/^[A-Za-z0-9._@-]{1,128}$/, { message: 'actor deve ser um identificador de operador' })
  actor?: string;

  @IsOptional()
  @Matches(/^[a-z][a-z0-9.-]{0,63}$/, { message: 'action deve ser o nome de uma ação, ex.: clock.adjust' })
  action?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit = 100;
}

/** Auditors read who did what in this service, newest first (R-SEC-1). */
@ApiTags('audit')
@Secured({ scopes: ['backoffice'], roles: ['AUDITOR'] })
@Controller('v1/admin/audit')
export class AuditController {
  constructor(@Inject(AuditTrail) private readonly trail: AuditTrail) {}

  @Get()
  @ApiOkResponse({ description: 'The audit entries, newest first' })
  async list(@Query() query: AuditQuery): Promise<{ items: AuditEntry[] }> {
    return { items: await this.trail.list({ actor: query.actor, action: query.action, limit: query.limit }) };
  }
}
