import type { Stack } from 'aws-cdk-lib';
import * as iam from 'aws-cdk-lib/aws-iam';
import { acknowledgeWildcardResource } from '../constructs/acknowledge.ts';
import type { PortalFunction } from '../constructs/portal-function.ts';
import { publicationNames } from './config.ts';
import { iamRoleArn, lambdaFunctionArn, schedulesArn } from './named-arns.ts';

/**
 * Grants that more than one stack gives its functions, each paired with the variables that name what was
 * granted (PortalFunction.use).
 */

/**
 * Lets a function schedule work (shared/publication/scheduler.ts): create or delete the one-time schedules
 * of the publication group whose names start with `prefix`, which run as the scheduler's role and invoke
 * `target`, named by its fixed function name (the target may deploy later, or be the function itself).
 */
export function allowSchedules(
  fn: PortalFunction,
  stack: Stack,
  options: {
    stage: string;
    prefix: string;
    target: { variable: string; functionName: string };
    why: string;
  },
): void {
  const names = publicationNames(options.stage);
  const schedulerRoleArn = iamRoleArn(stack, names.schedulerRoleName);
  const schedules = schedulesArn(stack, names.scheduleGroupName, `${options.prefix}*`);
  fn.use({
    environment: {
      [options.target.variable]: lambdaFunctionArn(stack, options.target.functionName),
      SCHEDULE_GROUP_NAME: names.scheduleGroupName,
      SCHEDULER_ROLE_ARN: schedulerRoleArn,
    },
    statements: [
      new iam.PolicyStatement({
        actions: ['scheduler:CreateSchedule', 'scheduler:DeleteSchedule'],
        resources: [schedules],
      }),
      // CreateSchedule hands the scheduler's role to EventBridge Scheduler: PassRole, to that service only.
      new iam.PolicyStatement({
        actions: ['iam:PassRole'],
        resources: [schedulerRoleArn],
        conditions: { StringEquals: { 'iam:PassedToService': 'scheduler.amazonaws.com' } },
      }),
    ],
  });
  acknowledgeWildcardResource(
    fn.role,
    schedules,
    `${options.why} The grant covers only those names in the publication schedule group.`,
  );
}

/** The portal's SES sender (QtpData): the verified identity, its configuration set, the From address. */
export type PortalMail = {
  from: string;
  identityArn: string;
  configurationSetName: string;
  configurationSetArn: string;
};

/**
 * Lets a function send mail through SES (shared/notifications/mail.ts): SESv2 SendEmail authorises the call
 * on the sending identity and on the configuration set it names, and nothing else is needed.
 */
export function allowMail(fn: PortalFunction, mail: PortalMail | undefined): void {
  if (!mail) return;
  fn.use({
    environment: { MAIL_FROM: mail.from, MAIL_CONFIGURATION_SET: mail.configurationSetName },
    statements: [
      new iam.PolicyStatement({
        actions: ['ses:SendEmail'],
        resources: [mail.identityArn, mail.configurationSetArn],
      }),
    ],
  });
}

/**
 * What the staff-account verbs call on the user pool (shared/staff/directory-port.ts), and nothing more:
 * no ListUsers, no password or MFA administration, no AdminGetUser.
 */
export const staffDirectoryActions = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminDeleteUser',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:AdminUpdateUserAttributes',
  'cognito-idp:AdminDeleteUserAttributes',
] as const;

/** Lets a function manage the staff accounts of one user pool, named by its ARN (STAFF_USER_POOL_ID). */
export function allowStaffDirectory(
  fn: PortalFunction,
  userPool: { userPoolId: string; userPoolArn: string },
): void {
  fn.use({
    environment: { STAFF_USER_POOL_ID: userPool.userPoolId },
    statements: [
      new iam.PolicyStatement({ actions: [...staffDirectoryActions], resources: [userPool.userPoolArn] }),
    ],
  });
}
