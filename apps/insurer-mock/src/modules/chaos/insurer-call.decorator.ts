import { ChaosCall } from '@consignado/mock-kit';
import type { InsurerOperation } from './domain/insurer-operation';

/** Marks a claims route as one of the insurer's operations: counted, and subject to chaos. */
export const InsurerCall = (operation: InsurerOperation): MethodDecorator => ChaosCall(operation);
