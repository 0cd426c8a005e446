import { ChaosCall } from '@consignado/mock-kit';
import type { RailOperation } from './domain/rail-operation';

/** Marks a transfers route as one of the rail's operations: counted, and subject to chaos. */
export const RailCall = (operation: RailOperation): MethodDecorator => ChaosCall(operation);
