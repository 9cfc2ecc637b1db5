import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { gazetteStateMachines } from '#shared/gazette/workflow/definitions.ts';
import {
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
});
