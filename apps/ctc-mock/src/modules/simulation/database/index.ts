import { CreateSimulation1795800000003 } from './migrations/1795800000003-create-simulation';
import { ScheduledActionRow, SimulatedContractRow, SimulatedDestinationRow } from './simulation.orm-entities';

export const SIMULATION_ENTITIES = [SimulatedContractRow, SimulatedDestinationRow, ScheduledActionRow];
export const SIMULATION_MIGRATIONS = [CreateSimulation1795800000003];
