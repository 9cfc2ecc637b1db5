import { type Actor, systemActor } from '#shared/domain/audit.ts';

/** Who the audit trail names for what the gazette's state machines do by themselves. */
export const systemSteps: Actor = { ...systemActor, name: 'Quy trình Công báo' };
