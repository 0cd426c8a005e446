import { applyDecorators, SetMetadata, UseFilters, UseInterceptors } from '@nestjs/common';
import { ChaosFailureFilter } from './chaos-failure.filter';
import { ChaosInterceptor, DATAPREV_OPERATION } from './chaos.interceptor';
import type { DataprevOperation } from './domain/dataprev-operation';

/** Marks a route as one of Dataprev's operations: counted, and subject to chaos (R-AV-1). */
export const DataprevCall = (operation: DataprevOperation): MethodDecorator =>
  applyDecorators(SetMetadata(DATAPREV_OPERATION, operation), UseInterceptors(ChaosInterceptor), UseFilters(ChaosFailureFilter));
