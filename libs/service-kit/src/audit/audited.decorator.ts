import { applyDecorators, SetMetadata, UseInterceptors } from '@nestjs/common';
import { AUDITED_ACTION, AuditInterceptor } from './audit.interceptor';

/** A back-office action: every attempt is written to the audit trail, with who and how it ended. */
export const Audited = (action: string): MethodDecorator => applyDecorators(SetMetadata(AUDITED_ACTION, action), UseInterceptors(AuditInterceptor));
