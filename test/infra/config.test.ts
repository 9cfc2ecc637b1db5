import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Stack } from 'aws-cdk-lib';
import { afterAll, describe, expect, it } from 'vitest';
import { readEnv } from '#shared/config/env.ts';
import { gazetteStateMachines } from '#shared/gazette/workflow/definitions.ts';
import { GeneratedSecret } from '../../infra/constructs/generated-secret.ts';
import {
  feedbackNames,
  feedbackSettingVariables,
  gazetteMachines,
  gazetteWorkflowNames,
  portalName,
  publicationNames,
  readPortalConfig,
  stackName,
} from '../../infra/stacks/config.ts';
import { removeTestOutputs, testApp } from './support.ts';

afterAll(removeTestOutputs);

describe('deploy context', () => {
  it('reads cdk.json defaults: prod in Singapore, no domain, no alarm e-mail, no cdk-nag', () => {
    const config = readPortalConfig(testApp());
    expect(config).toMatchObject({
      stage: 'prod',
      region: 'ap-southeast-1',
      customDomain: undefined,
      publicBaseUrl: undefined,
      authDomainPrefix: 'quangtri-portal-prod',
      alarmEmail: undefined,
      nag: false,
    });
  });

  it('takes command-line values, which arrive as strings', () => {
    const config = readPortalConfig(
      testApp({
        stage: 'staging',
        nag: 'true',
        alarmEmail: 'ops@example.org',
        publicBaseUrl: 'https://d1.cloudfront.net/',
      }),
    );
    expect(config).toMatchObject({
      stage: 'staging',
      nag: true,
      alarmEmail: 'ops@example.org',
      publicBaseUrl: 'https://d1.cloudfront.net',
      authDomainPrefix: 'quangtri-portal-staging',
    });
  });

  it('refuses a domain without a certificate', () => {
    expect(() => readPortalConfig(testApp({ domainName: 'quangtri.gov.vn' }))).toThrow(/go together/);
  });

  it('refuses a certificate outside us-east-1, which CloudFront cannot use', () => {
    expect(() =>
      readPortalConfig(
        testApp({
          domainName: 'quangtri.gov.vn',
          certificateArn: 'arn:aws:acm:ap-southeast-1:111122223333:certificate/abc',
        }),
      ),
    ).toThrow(/us-east-1/);
  });

  it('refuses an http public address', () => {
    expect(() => readPortalConfig(testApp({ publicBaseUrl: 'http://quangtri.gov.vn' }))).toThrow(
      /publicBaseUrl/,
    );
  });

  it('takes the gazette signing certificate as a PEM file, and refuses a path that is not one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'qtp-cert-context-'));
    try {
      const pem = join(folder, 'chain.pem');
      writeFileSync(pem, '-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n');
      expect(readPortalConfig(testApp({ gazetteSigningCertificate: pem })).gazetteSigningCertificate).toBe(
        pem,
      );
      expect(readPortalConfig(testApp()).gazetteSigningCertificate).toBeUndefined();
      writeFileSync(join(folder, 'empty.pem'), 'not a certificate');
      expect(() =>
        readPortalConfig(testApp({ gazetteSigningCertificate: join(folder, 'empty.pem') })),
      ).toThrow(/gazetteSigningCertificate/);
      expect(() =>
        readPortalConfig(testApp({ gazetteSigningCertificate: join(folder, 'missing.pem') })),
      ).toThrow(/gazetteSigningCertificate/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('keeps bare names for prod and inserts any other stage', () => {
    expect(portalName('prod', 'publisher')).toBe('qtp-publisher');
    expect(portalName('staging', 'publisher')).toBe('qtp-staging-publisher');
    expect(stackName('prod', 'QtpData')).toBe('QtpData');
    expect(stackName('staging', 'QtpData')).toBe('QtpData-staging');
    expect(publicationNames('prod').scheduleGroupName).toBe('qtp-publication');
  });

  it('names the gazette task function and both state machines per stage', () => {
    expect(gazetteWorkflowNames('prod')).toEqual({
      taskFunctionName: 'qtp-gazette-tasks',
      stateMachineNames: {
        'document-review': 'qtp-gazette-document-review',
        'issue-publication': 'qtp-gazette-issue-publication',
      },
      releaseSchedulePrefix: 'gazette-issue-',
      statusSchedulePrefix: 'gazette-status-',
    });
    expect(gazetteWorkflowNames('staging').stateMachineNames['issue-publication']).toBe(
      'qtp-staging-gazette-issue-publication',
    );
    // Every machine the shared definitions declare, and no other.
    expect([...gazetteMachines].toSorted()).toEqual(Object.keys(gazetteStateMachines).toSorted());
  });

  it('names the feedback task function per stage, and the schedules both feedback functions create', () => {
    expect(feedbackNames('prod')).toEqual({
      taskFunctionName: 'qtp-feedback-tasks',
      schedulePrefix: 'feedback-',
    });
    expect(feedbackNames('staging').taskFunctionName).toBe('qtp-staging-feedback-tasks');
  });
});

describe('mail context', () => {
  it('sends nothing without a domain or mailFrom', () => {
    expect(readPortalConfig(testApp()).mail).toBeUndefined();
  });

  it('sends from one verified address without a domain', () => {
    expect(readPortalConfig(testApp({ mailFrom: 'tiepnhan@quangtri.gov.vn' })).mail).toEqual({
      from: 'tiepnhan@quangtri.gov.vn',
      identity: { address: 'tiepnhan@quangtri.gov.vn' },
    });
  });

  const domain = {
    domainName: 'quangtri.gov.vn',
    certificateArn: 'arn:aws:acm:us-east-1:111122223333:certificate/abc',
  };

  it('verifies the domain, and sends from mailFrom when it is an address of the domain', () => {
    expect(readPortalConfig(testApp({ ...domain, mailFrom: 'phananh@quangtri.gov.vn' })).mail).toEqual({
      from: 'phananh@quangtri.gov.vn',
      identity: { domain: 'quangtri.gov.vn' },
    });
  });

  it('refuses a sender outside the domain, which SES would not send for', () => {
    expect(() => readPortalConfig(testApp({ ...domain, mailFrom: 'someone@gmail.com' }))).toThrow(/mailFrom/);
  });
});

describe('feedback context', () => {
  /** What every function needs for readEnv to parse at all. */
  const required = {
    TABLE_NAME: 'qtp-portal',
    SITE_BUCKET: 'site-bucket',
    MEDIA_BUCKET: 'media-bucket',
    ARCHIVE_BUCKET: 'archive-bucket',
    AUTH_ISSUER: 'https://issuer.example',
    AUTH_AUDIENCE: 'client',
  };
  const settingsOf = (env: ReturnType<typeof readEnv>) =>
    Object.fromEntries(
      Object.values(feedbackSettingVariables).map((variable) => [variable, Reflect.get(env, variable)]),
    );

  it("sets every FEEDBACK_* variable, with shared/config/env.ts's defaults", () => {
    const { feedbackEnvironment } = readPortalConfig(testApp());
    expect(Object.keys(feedbackEnvironment).toSorted()).toEqual(
      Object.values(feedbackSettingVariables).toSorted(),
    );
    expect(settingsOf(readEnv({ ...required, ...feedbackEnvironment }))).toEqual(
      settingsOf(readEnv(required)),
    );
    // Every FEEDBACK_ variable env.ts knows is settable from the context.
    const known = Object.keys(readEnv(required)).filter((name) => name.startsWith('FEEDBACK_'));
    expect(known.toSorted()).toEqual(Object.values(feedbackSettingVariables).toSorted());
  });

  it('takes the values from the command line (strings) or cdk.json (numbers, a list)', () => {
    expect(
      readPortalConfig(
        testApp({
          feedbackAnswerWorkingDays: '20',
          feedbackOfficerEmails: 'a@quangtri.gov.vn, b@quangtri.gov.vn',
        }),
      ).feedbackEnvironment,
    ).toMatchObject({
      FEEDBACK_ANSWER_WORKING_DAYS: '20',
      FEEDBACK_OFFICER_EMAILS: 'a@quangtri.gov.vn,b@quangtri.gov.vn',
    });
    expect(
      readPortalConfig(testApp({ feedbackRetentionDays: 365, feedbackOfficerEmails: ['a@quangtri.gov.vn'] }))
        .feedbackEnvironment,
    ).toMatchObject({ FEEDBACK_RETENTION_DAYS: '365', FEEDBACK_OFFICER_EMAILS: 'a@quangtri.gov.vn' });
  });

  const candidates = [
    '-1',
    '0',
    '1',
    '2',
    '10',
    '11',
    '30',
    '31',
    '90',
    '91',
    '365',
    '366',
    '3650',
    '3651',
    '1.5',
    'abc',
  ];

  it.each(
    Object.entries(feedbackSettingVariables).filter(
      ([, variable]) => variable !== 'FEEDBACK_OFFICER_EMAILS' && variable !== 'FEEDBACK_NOTICE_VERSION',
    ),
  )('accepts for %s exactly what readEnv accepts for %s', (key, variable) => {
    for (const value of candidates) {
      const byContext = (() => {
        try {
          readPortalConfig(testApp({ [key]: value }));
          return true;
        } catch {
          return false;
        }
      })();
      const byEnv = (() => {
        try {
          readEnv({ ...required, [variable]: value });
          return true;
        } catch {
          return false;
        }
      })();
      expect(byContext, `${key}=${value}`).toBe(byEnv);
    }
  });

  it('refuses an officer address that is not one, and an over-long notice version, as readEnv does', () => {
    expect(() => readPortalConfig(testApp({ feedbackOfficerEmails: 'tiepnhan' }))).toThrow(
      /feedbackOfficerEmails/,
    );
    expect(() => readEnv({ ...required, FEEDBACK_OFFICER_EMAILS: 'tiepnhan' })).toThrow();
    expect(() => readPortalConfig(testApp({ feedbackNoticeVersion: 'x'.repeat(41) }))).toThrow(
      /feedbackNoticeVersion/,
    );
    expect(() => readEnv({ ...required, FEEDBACK_NOTICE_VERSION: 'x'.repeat(41) })).toThrow();
  });

  it('limits public feedback posts at WAF to 100 per IP in 5 minutes, or the context value of at least 10', () => {
    expect(readPortalConfig(testApp()).feedbackWriteRateLimit).toBe(100);
    expect(readPortalConfig(testApp({ feedbackWriteRateLimit: '300' })).feedbackWriteRateLimit).toBe(300);
    expect(() => readPortalConfig(testApp({ feedbackWriteRateLimit: '5' }))).toThrow(
      /feedbackWriteRateLimit/,
    );
  });
});

describe('generated secrets', () => {
  const versionId = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';

  it('take a pinned version from the context after a rotation, and refuse what is not a version id', () => {
    expect(readPortalConfig(testApp()).secretVersions).toEqual({});
    expect(readPortalConfig(testApp({ participationHashKeyVersion: versionId })).secretVersions).toEqual({
      PARTICIPATION_HASH_KEY: versionId,
    });
    expect(() => readPortalConfig(testApp({ participationHashKeyVersion: 'AWSCURRENT' }))).toThrow(
      /participationHashKeyVersion/,
    );
  });

  it('resolve to the current value, or to the pinned version', () => {
    const stack = new Stack(testApp(), 'Keys');
    const reference = (id: string, version?: string) =>
      JSON.stringify(
        stack.resolve(
          new GeneratedSecret(stack, id, {
            variable: 'X',
            description: 'test',
            versionId: version,
          }).environmentValue(),
        ),
      );
    expect(reference('Current')).toMatch(
      /^\{"Fn::Join":\["",\["\{\{resolve:secretsmanager:",\{"Ref":"Current\w+"\},":SecretString:::\}\}"\]\]\}$/,
    );
    expect(reference('Pinned', versionId)).toContain(`":SecretString:::${versionId}}}"`);
  });
});
