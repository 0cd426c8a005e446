export { STACK_SERVICES, type StackServiceName } from './services';
export { launchStack, type LaunchOptions, type RunningStack } from './launch';
export { ChannelClient, followProposal, type Channel, type HttpResult, type StateChange } from './client';
export { daysAgo, randomBenefitNumber, randomCpf } from './people';
