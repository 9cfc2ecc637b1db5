import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import * as cognito from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { allRoles, roleLabels } from '#shared/domain/roles.ts';
import { acknowledgeRule } from '../constructs/acknowledge.ts';
import { pinLogicalId } from '../constructs/stable-id.ts';
import type { PortalConfig } from './config.ts';

export type AuthStackProps = StackProps & { config: PortalConfig };

/** Paths of the admin SPA that Cognito may send the browser back to (see web/admin/src/router.ts). */
export const adminCallbackPath = '/admin/callback';
export const adminSignOutPath = '/admin/';

/**
 * Staff sign-in: one Cognito user pool and one group per role (the `cognito:groups` claim carries the roles
 * to the API). Nobody signs up: administrators create the accounts. Citizens never sign in. The admin SPA's
 * app client lives in QtpSite, next to the distribution whose address its callback URLs name
 * (createAdminSpaClient; docs/decisions.md 130).
 */
export class AuthStack extends Stack {
  readonly userPool: cognito.UserPool;
  /** The `iss` of Cognito's tokens: https://cognito-idp.<region>.amazonaws.com/<pool id>. */
  readonly issuerUrl: string;
  /** Host name of the hosted UI, e.g. quangtri-portal-prod.auth.ap-southeast-1.amazoncognito.com. */
  readonly hostedUiDomainName: string;

  constructor(scope: Construct, id: string, props: AuthStackProps) {
    super(scope, id, props);
    const { config } = props;
    // Without a domain the address is the distribution's, which does not exist yet: the mail names the path.
    const adminPage = config.publicBaseUrl ? `${config.publicBaseUrl}/admin/` : 'trang /admin/ của Cổng';

    this.userPool = new cognito.UserPool(this, 'UserPool', {
      userPoolName: `qtp-${config.stage}-staff`,
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      standardAttributes: {
        email: { required: true, mutable: true },
        fullname: { required: false, mutable: true },
      },
      // The agency an `agency` user acts for; the API scopes their documents and feedback by it. Mutable so
      // an administrator can move a user, but not writable by the SPA client (see writeAttributes below).
      customAttributes: { agency_id: new cognito.StringAttribute({ mutable: true, minLen: 1, maxLen: 64 }) },
      // AwsSolutions-COG1 asks for 8+ characters with upper case, digits and symbols; staff accounts
      // publish in the province's name, so 12.
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
        passwordHistorySize: 5,
      },
      mfa: cognito.Mfa.OPTIONAL,
      mfaSecondFactor: { otp: true, sms: false },
      accountRecovery: cognito.AccountRecovery.EMAIL_ONLY,
      // Plus plan with threat protection enforced: blocks sign-ins from compromised credentials and risky
      // attempts (AwsSolutions-COG8). Billed per monthly active user; the pool holds only staff accounts.
      featurePlan: cognito.FeaturePlan.PLUS,
      standardThreatProtectionMode: cognito.StandardThreatProtectionMode.FULL_FUNCTION,
      userInvitation: {
        emailSubject: 'Tài khoản Cổng Thông tin điện tử tỉnh Quảng Trị',
        emailBody:
          'Tên đăng nhập: {username}<br>Mật khẩu tạm thời: {####}<br>' +
          `Đăng nhập tại ${adminPage} và đổi mật khẩu trong vòng 3 ngày.`,
      },
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    pinLogicalId(this.userPool, 'StaffUserPool');
    acknowledgeRule(
      this.userPool,
      'AwsSolutions-COG2',
      'The design brief sets MFA to optional TOTP: every staff user can enrol an authenticator, and Plus threat ' +
        'protection challenges risky sign-ins. Requiring MFA for everyone is a decision for the province.',
    );

    for (const role of allRoles) {
      new cognito.UserPoolGroup(this, `Group-${role}`, {
        userPool: this.userPool,
        groupName: role,
        description: `${roleLabels[role].vi} / ${roleLabels[role].en}`,
      });
    }

    const domainPrefix = config.authDomainPrefix;
    const domain = this.userPool.addDomain('HostedUiDomain', { cognitoDomain: { domainPrefix } });
    pinLogicalId(domain, 'HostedUiDomain');
    this.hostedUiDomainName = `${domainPrefix}.auth.${this.region}.amazoncognito.com`;

    this.issuerUrl = `https://cognito-idp.${this.region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}

/**
 * The admin SPA's public app client, created in the stack that knows the site's address (QtpSite): its
 * callback and sign-out URLs are under `publicBaseUrl`, the custom domain or the distribution's own name.
 */
export function createAdminSpaClient(
  scope: Construct,
  userPool: cognito.IUserPool,
  publicBaseUrl: string,
): cognito.UserPoolClient {
  const client = new cognito.UserPoolClient(scope, 'AdminSpaClient', {
    userPool,
    userPoolClientName: 'admin-spa',
    // A browser app cannot keep a secret: a public client, authorization code grant with PKCE (the SPA
    // sends code_challenge S256), as OAuth 2.0 for browser-based apps recommends. No implicit grant.
    generateSecret: false,
    oAuth: {
      flows: { authorizationCodeGrant: true, implicitCodeGrant: false, clientCredentials: false },
      scopes: [cognito.OAuthScope.OPENID, cognito.OAuthScope.EMAIL, cognito.OAuthScope.PROFILE],
      callbackUrls: [`${publicBaseUrl}${adminCallbackPath}`],
      logoutUrls: [`${publicBaseUrl}${adminSignOutPath}`],
    },
    supportedIdentityProviders: [cognito.UserPoolClientIdentityProvider.COGNITO],
    // Sign-in goes through the hosted UI only; no password or SRP flows from the browser.
    authFlows: {
      user: false,
      userSrp: false,
      userPassword: false,
      adminUserPassword: false,
      custom: false,
    },
    preventUserExistenceErrors: true,
    enableTokenRevocation: true,
    idTokenValidity: Duration.hours(1),
    accessTokenValidity: Duration.hours(1),
    // A working day; after that the editor signs in again.
    refreshTokenValidity: Duration.hours(12),
    readAttributes: new cognito.ClientAttributes()
      .withStandardAttributes({ email: true, emailVerified: true, fullname: true })
      .withCustomAttributes('agency_id'),
    // A user must not be able to change their own agency (and so what they may see): only the name.
    writeAttributes: new cognito.ClientAttributes().withStandardAttributes({ fullname: true }),
  });
  pinLogicalId(client, 'AdminSpaClient');
  return client;
}
