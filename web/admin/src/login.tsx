import { useRef, useState } from 'preact/hooks';
import { ApiError, parseProblem, problemTitle } from './api/transport.ts';
import {
  type AuthConfig,
  type LoginNotice,
  localLogin,
  type Session,
  startCognitoLogin,
  takeLoginNotice,
  takeReturnTo,
} from './auth.ts';
import { ActionButton, LanguageSwitch, PageTitle, useDocumentTitle } from './components/ui.tsx';
import { useI18n } from './context.ts';

/**
 * Sign-in. Locally: a username and password form posted to the issuer of `npm start`. On AWS: one button
 * that goes to Cognito's hosted UI (the password never touches this page).
 */
export function LoginPage(props: { config: AuthConfig; onLogin: (session: Session) => void }) {
  const { t, lang } = useI18n();
  useDocumentTitle(t('loginTitle'));
  // Why the user is here (expired session, signed out…): read once, shown until they act.
  const [notice] = useState<LoginNotice | undefined>(takeLoginNotice);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const errorRef = useRef<HTMLDivElement>(null);

  const showError = (message: string) => {
    setError(message);
    // Move focus to the message so it is read out and the user knows the sign-in did not go through.
    requestAnimationFrame(() => errorRef.current?.focus());
  };

  const onSubmit = async (event: SubmitEvent) => {
    event.preventDefault();
    if (props.config.mode !== 'local' || busy) return;
    const form = event.currentTarget;
    if (!(form instanceof HTMLFormElement)) return;
    const data = new FormData(form);
    const username = String(data.get('username') ?? '').trim();
    const password = String(data.get('password') ?? '');
    if (!username || !password) {
      showError(t('loginRequired'));
      return;
    }
    setBusy(true);
    const result = await localLogin(props.config.tokenUrl, username, password);
    setBusy(false);
    if (result.ok) {
      props.onLogin(result.session);
      return;
    }
    if (!('body' in result)) return showError(t('networkError'));
    if (result.status === 200) return showError(t('noPortalRole'));
    const problem = new ApiError(result.status, parseProblem(result.body), 'problem');
    // A disabled account is told so (its title names whom to ask); any other 401 is a wrong password.
    if (result.status === 401 && problem.problem?.type !== '/problems/account-disabled') {
      return showError(t('loginWrong'));
    }
    showError(problemTitle(problem, lang) ?? t('genericError'));
  };

  const onCognito = async () => {
    if (props.config.mode !== 'cognito' || busy) return;
    setBusy(true);
    // The page to come back to travels with the PKCE state through the hosted UI.
    await startCognitoLogin(props.config, takeReturnTo());
  };

  const noticeText = notice ? t(notice) : undefined;

  return (
    <>
      <div class="login-top">
        <LanguageSwitch />
      </div>
      <main id="main" class="main-narrow">
        <p class="login-brand">{t('appName')}</p>
        <PageTitle>{t('loginTitle')}</PageTitle>
        {noticeText ? (
          <div class={`notice ${notice === 'loggedOut' ? 'notice-info' : 'notice-warning'}`} role="status">
            <p>{noticeText}</p>
          </div>
        ) : null}
        <div ref={errorRef} tabIndex={-1} role="alert" class={error ? 'notice notice-error' : undefined}>
          {error ? <p>{error}</p> : null}
        </div>
        {props.config.mode === 'local' ? (
          <form class="login-form" onSubmit={onSubmit} noValidate>
            <p>{t('loginIntro')}</p>
            <div class="field">
              <label for="login-username">{t('username')}</label>
              <input
                id="login-username"
                name="username"
                type="text"
                autoComplete="username"
                autoCapitalize="none"
                spellcheck={false}
                required
              />
            </div>
            <div class="field">
              <label for="login-password">{t('password')}</label>
              <input
                id="login-password"
                name="password"
                type="password"
                autoComplete="current-password"
                required
              />
            </div>
            <ActionButton type="submit" emphasis="primary" busy={busy}>
              {busy ? t('loggingIn') : t('loginButton')}
            </ActionButton>
          </form>
        ) : (
          <div class="login-form">
            <p>{t('loginCognitoIntro')}</p>
            <ActionButton emphasis="primary" busy={busy} onClick={onCognito}>
              {t('loginCognitoButton')}
            </ActionButton>
          </div>
        )}
      </main>
    </>
  );
}
