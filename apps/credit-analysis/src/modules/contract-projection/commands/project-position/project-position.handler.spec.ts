import { Logger } from '@nestjs/common';
import { fakeContext } from '../../../analysis/testing/fake-context';
import { InMemoryContractPositions } from '../../testing/in-memory.positions';
import { oldContract, OLD_CONTRACT_ID, positionChanged } from '../../testing/position.fixtures';
import { ProjectPositionHandler } from './project-position.handler';

const RENEGOTIATED = 'a1b2c3d4-0000-4000-8000-00000000000b';

describe('ProjectPosition (ContractPositionChanged)', () => {
  const setup = () => {
    Logger.overrideLogger(false);
    const positions = new InMemoryContractPositions();
    return { positions, handler: new ProjectPositionHandler(positions, { now: () => new Date('2026-01-10T06:00:01Z') }) };
  };
  const apply = async (s: ReturnType<typeof setup>, paid: number, revision: number) => {
    const event = positionChanged(oldContract({ paid, revision }));
    return s.handler.execute(event, fakeContext(event));
  };

  it('keeps the highest revision: a stale or equal one arriving later changes nothing', async () => {
    const s = setup();
    expect(await apply(s, 1, 2)).toBe(true);
    expect(await apply(s, 2, 3)).toBe(true);
    expect(await apply(s, 1, 2)).toBe(false);
    expect(await apply(s, 0, 3)).toBe(false);
    const kept = await s.positions.findById(OLD_CONTRACT_ID);
    expect([kept?.revision, kept?.position.rows.filter((r) => r.paid).length]).toEqual([3, 2]);
  });

  it('an inconsistent position is a permanent error and stores nothing', async () => {
    const s = setup();
    const event = positionChanged(oldContract({ planStart: { date: '2025-11-10', balance: '1000.00', afterInstallment: 5 } }));
    await expect(s.handler.execute(event, fakeContext(event))).rejects.toMatchObject({ code: 'PROJECTION.INCONSISTENT_POSITION' });
    expect(s.positions.stored.size).toBe(0);
  });

  it('keeps a RENEGOTIATION contract (R-LN-8) like any other, with its operation type', async () => {
    const s = setup();
    const event = positionChanged(oldContract({ contractId: RENEGOTIATED, operationType: 'RENEGOTIATION', paid: 0, revision: 1 }));
    expect(await s.handler.execute(event, fakeContext(event))).toBe(true);
    const kept = await s.positions.findById(RENEGOTIATED);
    expect([kept?.operationType, kept?.status, kept?.revision]).toEqual(['RENEGOTIATION', 'ACTIVE', 1]);
  });
});
