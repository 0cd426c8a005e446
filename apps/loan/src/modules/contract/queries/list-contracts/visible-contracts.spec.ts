import { handWorkedApproval } from '../../../../../test/fixtures/approvals';
import { booked } from '../../../../../test/fixtures/contracts';
import { contractsInMemory, customerReader, operatorReader } from '../../../../../test/fixtures/readers';
import { visibleContracts } from './visible-contracts';

const [A, B] = ['0b5c8f0e-7d1a-4c33-9b1e-2f7a1c9d4e55', '7e0f3a6b-2c4d-4e8f-9a1b-3c5d7e9f1a2b'];
const a1 = booked(handWorkedApproval({ customerId: A }), 'aaaaaaaa-0000-4000-8000-000000000001');
const a2 = booked(handWorkedApproval({ customerId: A }), 'aaaaaaaa-0000-4000-8000-000000000002');
const b1 = booked(handWorkedApproval({ customerId: B }), 'bbbbbbbb-0000-4000-8000-000000000001');
const contracts = contractsInMemory([a1, b1, a2]);
const proposalOf = (c: typeof a1) => c.snapshot.proposalId;

describe('GET /v1/contracts as the caller may see it (R-SEC-1)', () => {
  it.each([
    ['an operator, by customer', operatorReader, { customerId: B }, [b1.id]],
    ['an operator, by proposal', operatorReader, { proposalId: proposalOf(a2) }, [a2.id]],
    ['a customer, by their own id (any case)', customerReader(A), { customerId: A.toUpperCase() }, [a1.id, a2.id]],
    ['a customer, by their own proposal', customerReader(A), { proposalId: proposalOf(a1) }, [a1.id]],
    ['a customer, by another customer\'s id: nothing', customerReader(A), { customerId: B }, []],
    ['a customer, by another customer\'s proposal: nothing', customerReader(A), { proposalId: proposalOf(b1) }, []],
    ['a customer, by their proposal under another customer\'s id: nothing', customerReader(A), { proposalId: proposalOf(a1), customerId: B }, []],
  ])('%s', async (_name, reader, filter, expected) => {
    expect((await visibleContracts(contracts, filter, reader)).map((c) => c.id)).toEqual(expected);
  });
});
