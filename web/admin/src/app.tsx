import type { ComponentType, JSX } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Principal } from '#shared/domain/roles.ts';
import { configureApi } from './api/transport.ts';
import { ArticleDetailPage } from './articles/detail.tsx';
import { ArticleListPage } from './articles/list.tsx';
import { ReviewItemPage, ReviewQueuePage } from './articles/review.tsx';
import {
  type AuthConfig,
  clearToken,
  cognitoLogoutUrl,
  completeCognitoLogin,
  hasAuthorizationCallback,
  loadAuthConfig,
  type Session,
  setLoginNotice,
  setReturnTo,
  storedSession,
  takeReturnTo,
} from './auth.ts';
import { LanguageSwitch, Link, Loading, PageTitle, useDocumentTitle } from './components/ui.tsx';
import { I18nContext, SessionContext, type SessionState, useI18n, useSession } from './context.ts';
import { type Lang, type MessageKey, storedLang, storeLang, translator } from './i18n.ts';
import { LoginPage } from './login.tsx';
import { can, usesFeedback, usesGazette } from './permissions.ts';
import {
  isConsultationRoute,
  isContributionRoute,
  isDialogueRoute,
  isDirectoryRoute,
  isDisclosureRoute,
  isFeedbackRoute,
  isGazetteRoute,
  isInfoRequestRoute,
  isPagesRoute,
  isStaffRoute,
  navigate,
  parseRoute,
  paths,
  type Route,
  useLocation,
} from './router.ts';

type Boot =
  | { state: 'starting' }
  | { state: 'failed' }
  | { state: 'ready'; config: AuthConfig; session: Session | undefined };

export function App() {
  const [lang, setLangState] = useState<Lang>(storedLang);
  const i18n = useMemo(
    () => ({
      lang,
      t: translator(lang),
      setLang: (next: Lang) => {
        storeLang(next);
        setLangState(next);
      },
    }),
    [lang],
  );
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const [boot, setBoot] = useState<Boot>({ state: 'starting' });
  const location = useLocation();
  const route = parseRoute(location.pathname, location.search);

  // Start: read the sign-in configuration, finish a Cognito redirect if this is one, pick up the session.
  useEffect(() => {
    let cancelled = false;
    (async () => {
      let config: AuthConfig;
      try {
        config = await loadAuthConfig();
      } catch (error) {
        console.error(error);
        if (!cancelled) setBoot({ state: 'failed' });
        return;
      }
      const url = new URL(window.location.href);
      if (config.mode === 'cognito' && hasAuthorizationCallback(url)) {
        const completed = await completeCognitoLogin(config, url);
        if (cancelled) return;
        if (completed) {
          navigate(completed.returnTo ?? homePath(completed.session.principal), { replace: true });
          setBoot({ state: 'ready', config, session: completed.session });
        } else {
          setLoginNotice('callbackError');
          navigate(paths.login(), { replace: true });
          setBoot({ state: 'ready', config, session: undefined });
        }
        return;
      }
      const stored = storedSession();
      if (stored && 'expired' in stored) setLoginNotice('sessionExpired');
      if (!cancelled) {
        setBoot({
          state: 'ready',
          config,
          session: stored && 'session' in stored ? stored.session : undefined,
        });
      }
    })();
    return () => {
      cancelled = true;
    };
  }, []);

  const session = boot.state === 'ready' ? boot.session : undefined;
  const sessionRef = useRef(session);
  sessionRef.current = session;

  const signedOut = useCallback((notice: 'sessionExpired' | 'loggedOut') => {
    clearToken();
    setLoginNotice(notice);
    setBoot((previous) => (previous.state === 'ready' ? { ...previous, session: undefined } : previous));
  }, []);

  // The API's 401 (token expired or revoked): back to the login page, then back here after signing in.
  useEffect(() => {
    configureApi({
      token: () => sessionRef.current?.token,
      unauthorized: () => {
        if (!sessionRef.current) return;
        setReturnTo(window.location.pathname + window.location.search);
        signedOut('sessionExpired');
      },
    });
  }, [signedOut]);

  // Guard: no session → login (remembering where the user wanted to go); a session on /login → onward.
  useLayoutEffect(() => {
    if (boot.state !== 'ready') return;
    if (!boot.session && route.name !== 'login') {
      const here = window.location.pathname + window.location.search;
      if (here.startsWith('/admin/') && here !== '/admin/') setReturnTo(here);
      navigate(paths.login(), { replace: true });
    } else if (boot.session && route.name === 'login') {
      navigate(takeReturnTo() ?? homePath(boot.session.principal), { replace: true });
    }
  }, [boot, route.name]);

  // Focus: after an in-app navigation, move focus to the new screen's heading (not on the first load).
  // Dependencies: runs once per navigation (location.key).
  useEffect(() => {
    if (!location.focus) return;
    document.getElementById('page-title')?.focus();
  }, [location.key]);

  const onLogin = useCallback((next: Session) => {
    setBoot((previous) => (previous.state === 'ready' ? { ...previous, session: next } : previous));
  }, []);

  let content: JSX.Element;
  if (boot.state === 'starting') {
    content = (
      <main id="main" class="main-narrow">
        <Loading />
      </main>
    );
  } else if (boot.state === 'failed') {
    content = (
      <main id="main" class="main-narrow">
        <PageTitle>{i18n.t('loginTitle')}</PageTitle>
        <p class="notice notice-error" role="alert">
          {i18n.t('configError')}
        </p>
      </main>
    );
  } else if (!boot.session) {
    content =
      route.name === 'login' ? (
        <LoginPage config={boot.config} onLogin={onLogin} />
      ) : (
        <main id="main" class="main-narrow">
          <Loading />
        </main>
      );
  } else {
    const config = boot.config;
    const sessionState: SessionState = {
      session: boot.session,
      config,
      logout: () => {
        const logoutUrl = cognitoLogoutUrl(config);
        navigate(paths.login());
        signedOut('loggedOut');
        if (logoutUrl) window.location.assign(logoutUrl);
      },
    };
    content = (
      <SessionContext.Provider value={sessionState}>
        <Shell route={route} focus={location.focus} />
      </SessionContext.Provider>
    );
  }

  return <I18nContext.Provider value={i18n}>{content}</I18nContext.Provider>;
}

type NavItem = { href: string; label: MessageKey; routes: Route['name'][] };

/** The header's links: only the screens this user's roles open (the API decides anyway). */
function navItems(principal: Principal): NavItem[] {
  const items: (NavItem | false)[] = [
    can.readArticles(principal) && {
      href: paths.articles(),
      label: 'navArticles',
      routes: ['articles', 'new', 'edit', 'detail'],
    },
    can.seeReviewQueue(principal) && {
      href: paths.review(),
      label: 'navReview',
      routes: ['review', 'reviewItem'],
    },
    can.readPages(principal) && {
      href: paths.pages(),
      label: 'navPages',
      routes: ['pagesTree', 'pagesNew', 'pagesEdit'],
    },
    can.seePageReviewQueue(principal) && {
      href: paths.pageReview(),
      label: 'navPageReview',
      routes: ['pagesReview', 'pagesReviewItem'],
    },
    can.readMenus(principal) && {
      href: paths.menus(),
      label: 'navMenus',
      routes: ['pagesMenus'],
    },
    can.submitDocuments(principal) && {
      href: paths.gazetteDocuments(),
      label: 'navAgencyDocuments',
      routes: ['gazetteDocuments', 'gazetteDocument'],
    },
    can.submitDocuments(principal) && {
      href: paths.gazetteSubmit(),
      label: 'navSubmitDocument',
      routes: ['gazetteSubmit'],
    },
    can.reviewDocuments(principal) && {
      href: paths.gazetteReviewQueue(),
      label: 'navGazetteReview',
      routes: ['gazetteReviewQueue', 'gazetteReviewItem', 'gazetteDocument'],
    },
    can.composeIssues(principal) && {
      href: paths.gazetteCompose(),
      label: 'navGazetteCompose',
      routes: ['gazetteCompose'],
    },
    can.decideIssues(principal) && {
      href: paths.gazetteApprovals(),
      label: 'navGazetteApprovals',
      routes: ['gazetteApprovals'],
    },
    can.readIssues(principal) && {
      href: paths.gazetteIssues(),
      label: 'navGazetteIssues',
      routes: ['gazetteIssues', 'gazetteIssue'],
    },
    can.editDistribution(principal) && {
      href: paths.gazetteDistribution(),
      label: 'navGazetteDistribution',
      routes: ['gazetteDistribution'],
    },
    can.handleFeedback(principal) && {
      href: paths.feedbackQueue(),
      label: 'navFeedbackQueue',
      routes: ['feedbackQueue', 'feedbackItem'],
    },
    can.answerFeedback(principal) && {
      href: paths.feedbackInbox(),
      label: 'navFeedbackInbox',
      routes: ['feedbackInbox', 'feedbackItem'],
    },
    can.decideAnswers(principal) && {
      href: paths.feedbackApprovals(),
      label: 'navFeedbackApprovals',
      routes: ['feedbackApprovals', 'feedbackItem'],
    },
    can.manageFeedbackTopics(principal) && {
      href: paths.feedbackTopics(),
      label: 'navFeedbackTopics',
      routes: ['feedbackTopics'],
    },
    can.editCalendars(principal) && {
      href: paths.feedbackCalendar(),
      label: 'navFeedbackCalendar',
      routes: ['feedbackCalendar'],
    },
    can.readConsultations(principal) && {
      href: paths.consultations(),
      label: 'navConsultations',
      routes: ['consultationList', 'consultationNew', 'consultationDetail'],
    },
    can.readDialogues(principal) && {
      href: paths.dialogueList(),
      label: 'navDialogues',
      routes: ['dialogueList', 'dialogueNew', 'dialogueEdit', 'dialogueDesk'],
    },
    can.manageCategories(principal) && {
      href: paths.categories(),
      label: 'navCategories',
      routes: ['directoryCategories'],
    },
    can.manageAgencies(principal) && {
      href: paths.agencies(),
      label: 'navAgencies',
      routes: ['directoryAgencies'],
    },
    can.manageOrganisation(principal) && {
      href: paths.units(),
      label: 'navUnits',
      routes: ['directoryUnits'],
    },
    can.manageOrganisation(principal) && {
      href: paths.officials(),
      label: 'navOfficials',
      routes: ['directoryOfficials'],
    },
    can.manageLinks(principal) && {
      href: paths.links(),
      label: 'navLinks',
      routes: ['directoryLinks'],
    },
    can.rebuildSite(principal) && {
      href: paths.rebuild(),
      label: 'navRebuild',
      routes: ['directoryRebuild'],
    },
    can.sendContributions(principal) && {
      href: paths.contributionNew(),
      label: 'navSendContribution',
      routes: ['contributionNew'],
    },
    can.readContributions(principal) && {
      href: paths.contributions(),
      label: can.sendContributions(principal) ? 'navOwnContributions' : 'navContributions',
      routes: ['contributionList', 'contributionDetail'],
    },
    can.readDisclosures(principal) && {
      href: paths.disclosures(),
      label: 'navDisclosures',
      routes: ['disclosureList', 'disclosureNew', 'disclosureDetail', 'disclosureEdit'],
    },
    can.readInformationRequests(principal) && {
      href: paths.informationRequests(),
      label: 'navInformationRequests',
      routes: ['infoRequestList', 'infoRequestNew', 'infoRequestDetail'],
    },
    can.manageStaff(principal) && {
      href: paths.staff(),
      label: 'navStaff',
      routes: ['staffList'],
    },
    can.readRatings(principal) && {
      href: paths.ratings(),
      label: 'navRatings',
      routes: ['ratings'],
    },
    can.readReports(principal) && { href: paths.reports(), label: 'navReports', routes: ['reports'] },
    can.readMedia(principal) && { href: paths.media(), label: 'navMedia', routes: ['media'] },
  ];
  return items.filter((item): item is NavItem => item !== false);
}

/** Where a user starts: articles for the newsroom, the gazette screens for agencies and the gazette officer. */
function homePath(principal: Principal): string {
  if (can.readArticles(principal)) return paths.articles();
  if (can.submitDocuments(principal)) return paths.gazetteDocuments();
  if (can.reviewDocuments(principal)) return paths.gazetteReviewQueue();
  if (can.readIssues(principal)) return paths.gazetteIssues();
  if (can.handleFeedback(principal)) return paths.feedbackQueue();
  if (can.answerFeedback(principal)) return paths.feedbackInbox();
  if (can.readDialogues(principal)) return paths.dialogueList();
  if (can.manageAgencies(principal)) return paths.agencies();
  return paths.articles();
}

function Shell(props: { route: Route; focus: boolean }) {
  const { t } = useI18n();
  const { session, logout } = useSession();
  const { principal } = session;
  const { route } = props;
  // Fetch the screens of the user's other tracks ahead, while they read the first page.
  useEffect(() => {
    if (usesGazette(principal)) window.setTimeout(() => gazetteChunk.load().catch(() => undefined), 300);
    if (usesFeedback(principal)) window.setTimeout(() => feedbackChunk.load().catch(() => undefined), 300);
  }, [principal]);
  return (
    <>
      <a class="skip-link" href="#main">
        {t('skipToMain')}
      </a>
      <header class="site-header">
        <div class="header-inner">
          <Link href={paths.home()} class="brand">
            {t('appShortName')}
          </Link>
          <nav aria-label={t('mainNav')}>
            <ul class="nav-list">
              {navItems(principal).map((item) => (
                <li key={item.href}>
                  <a
                    href={item.href}
                    aria-current={item.routes.includes(route.name) ? 'page' : undefined}
                    onClick={(event) => onNav(event, item.href)}
                  >
                    {t(item.label)}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          <div class="header-user">
            <p class="user-name">
              <span class="visually-hidden">{t('signedInAs')}: </span>
              {principal.displayName}
            </p>
            <LanguageSwitch />
            <button type="button" class="button button-quiet" onClick={logout}>
              {t('logout')}
            </button>
          </div>
        </div>
      </header>
      <main id="main">
        <Screen route={route} focus={props.focus} />
      </main>
    </>
  );
}

function onNav(event: MouseEvent, to: string) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  navigate(to);
}

function Screen(props: { route: Route; focus: boolean }) {
  const { route } = props;
  const { session } = useSession();
  if (isGazetteRoute(route))
    return (
      // Keyed: another context's screens are another chunk, not a new state of this one.
      <LazyScreens
        key="gazette"
        chunk={gazetteChunk}
        focus={props.focus}
        render={(loaded) => <loaded.GazetteScreen route={route} />}
      />
    );
  if (isConsultationRoute(route))
    return (
      <LazyScreens
        key="consultation"
        chunk={consultationChunk}
        focus={props.focus}
        render={(loaded) => <loaded.ConsultationScreen route={route} />}
      />
    );
  if (isFeedbackRoute(route))
    return (
      <LazyScreens
        key="feedback"
        chunk={feedbackChunk}
        focus={props.focus}
        render={(loaded) => <loaded.FeedbackScreen route={route} />}
      />
    );
  if (isDialogueRoute(route))
    return (
      <LazyScreens
        key="dialogue"
        chunk={dialogueChunk}
        focus={props.focus}
        render={(loaded) => <loaded.DialogueScreen route={route} />}
      />
    );
  if (isPagesRoute(route))
    return (
      <LazyScreens
        key="pages"
        chunk={pagesChunk}
        focus={props.focus}
        render={(loaded) => <loaded.PagesScreen route={route} />}
      />
    );
  if (isDirectoryRoute(route))
    return (
      <LazyScreens
        key="directory"
        chunk={directoryChunk}
        focus={props.focus}
        render={(loaded) => <loaded.DirectoryScreen route={route} />}
      />
    );
  if (isStaffRoute(route))
    return (
      <LazyScreens
        key="staff"
        chunk={staffChunk}
        focus={props.focus}
        render={(loaded) => <loaded.StaffScreen route={route} />}
      />
    );
  if (isDisclosureRoute(route))
    return (
      <LazyScreens
        key="disclosures"
        chunk={disclosuresChunk}
        focus={props.focus}
        render={(loaded) => <loaded.DisclosureScreen route={route} />}
      />
    );
  if (isContributionRoute(route))
    return (
      <LazyScreens
        key="contributions"
        chunk={contributionsChunk}
        focus={props.focus}
        render={(loaded) => <loaded.ContributionScreen route={route} />}
      />
    );
  if (isInfoRequestRoute(route))
    return (
      <LazyScreens
        key="information-requests"
        chunk={informationRequestsChunk}
        focus={props.focus}
        render={(loaded) => <loaded.InformationRequestScreen route={route} />}
      />
    );
  if (route.name === 'media')
    return (
      <LazyScreens
        key="media"
        chunk={mediaChunk}
        focus={props.focus}
        render={(loaded) => <loaded.MediaScreen />}
      />
    );
  if (route.name === 'ratings')
    return (
      <LazyScreens
        key="ratings"
        chunk={ratingsChunk}
        focus={props.focus}
        render={(loaded) => <loaded.RatingsScreen />}
      />
    );
  if (route.name === 'reports')
    return (
      <LazyScreens
        key="reports"
        chunk={reportsChunk}
        focus={props.focus}
        render={(loaded) => <loaded.ReportsScreen query={route.query} />}
      />
    );
  switch (route.name) {
    case 'home':
      return <Redirect to={homePath(session.principal)} />;
    case 'articles':
      return <ArticleListPage query={route.query} />;
    // One instance for both, so that a new article that gets its id on the first save stays on screen.
    case 'new':
      return <LazyEditor key="editor" />;
    case 'edit':
      return <LazyEditor key="editor" id={route.id} />;
    case 'detail':
      return <ArticleDetailPage key={route.id} id={route.id} />;
    case 'review':
      return <ReviewQueuePage />;
    case 'reviewItem':
      return <ReviewItemPage key={route.id} id={route.id} />;
    case 'login':
      return <Loading />;
    case 'notFound':
      return <NotFound />;
  }
}

/** `/admin/` → the user's start page, as if it had been opened directly (focus stays where a load puts it). */
function Redirect(props: { to: string }) {
  useLayoutEffect(() => navigate(props.to, { replace: true, focus: false }), [props.to]);
  return <Loading />;
}

/** A chunk of screens, fetched once (again after a failure) and kept once it arrived. */
type Chunk<Module> = { load: () => Promise<Module>; loaded: () => Module | undefined };

function chunkOf<Module>(importChunk: () => Promise<Module>): Chunk<Module> {
  let pending: Promise<Module> | undefined;
  let loaded: Module | undefined;
  return {
    load: () => {
      pending ??= importChunk().then(
        (module) => {
          loaded = module;
          return module;
        },
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
    loaded: () => loaded,
  };
}

const gazetteChunk = chunkOf(() => import('./gazette/gazette.tsx'));
const feedbackChunk = chunkOf(() => import('./feedback/feedback.tsx'));
const consultationChunk = chunkOf(() => import('./consultation/consultation.tsx'));
const dialogueChunk = chunkOf(() => import('./dialogue/dialogue.tsx'));
const directoryChunk = chunkOf(() => import('./directory/directory.tsx'));
const staffChunk = chunkOf(() => import('./staff/staff.tsx'));
const ratingsChunk = chunkOf(() => import('./ratings/ratings.tsx'));
const reportsChunk = chunkOf(() => import('./reports/reports.tsx'));
const mediaChunk = chunkOf(() => import('./media/library.tsx'));
const disclosuresChunk = chunkOf(() => import('./disclosures/disclosures.tsx'));
const contributionsChunk = chunkOf(() => import('./contributions/contributions.tsx'));
const pagesChunk = chunkOf(() => import('./pages/pages.tsx'));
const informationRequestsChunk = chunkOf(() => import('./information-requests/information-requests.tsx'));

/**
 * A context's screens are a chunk of their own (most users never open them). When it arrives after an
 * in-app navigation, the new screen's heading takes focus as it would have without the wait.
 */
function LazyScreens<Module>(props: {
  chunk: Chunk<Module>;
  focus: boolean;
  render: (loaded: Module) => JSX.Element;
}) {
  const [loaded, setLoaded] = useState<Module | undefined>(props.chunk.loaded);
  const [failed, setFailed] = useState(false);
  const focusWhenLoaded = useRef(!props.chunk.loaded() && props.focus);
  const { t } = useI18n();
  useEffect(() => {
    if (loaded) return;
    props.chunk.load().then(
      (module) => setLoaded(() => module),
      (error: unknown) => {
        console.error(error);
        setFailed(true);
      },
    );
  }, [loaded]);
  useEffect(() => {
    if (loaded && focusWhenLoaded.current) {
      focusWhenLoaded.current = false;
      document.getElementById('page-title')?.focus();
    }
  }, [loaded]);
  if (loaded) return props.render(loaded);
  if (failed) {
    return (
      <p class="notice notice-error" role="alert">
        {t('networkError')}
      </p>
    );
  }
  return <Loading />;
}

type EditorModule = { EditorPage: ComponentType<{ id?: string }> };
let editorModule: Promise<EditorModule> | undefined;

/** The editor (TipTap + ProseMirror) is most of the bundle; it loads when first opened, not at sign-in. */
function LazyEditor(props: { id?: string }) {
  const [loaded, setLoaded] = useState<EditorModule | undefined>();
  const [failed, setFailed] = useState(false);
  const { t } = useI18n();
  useEffect(() => {
    editorModule ??= import('./articles/editor.tsx');
    editorModule.then(setLoaded, (error: unknown) => {
      console.error(error);
      editorModule = undefined;
      setFailed(true);
    });
  }, []);
  // One <h1> for the placeholder and the loaded editor, so focus placed on it survives the swap.
  return (
    <>
      <PageTitle>{props.id ? t('editorEditTitle') : t('editorNewTitle')}</PageTitle>
      {loaded ? (
        <loaded.EditorPage {...(props.id ? { id: props.id } : {})} />
      ) : failed ? (
        <p class="notice notice-error" role="alert">
          {t('networkError')}
        </p>
      ) : (
        <Loading />
      )}
    </>
  );
}

function NotFound() {
  const { t } = useI18n();
  useDocumentTitle(t('notFoundTitle'));
  return (
    <>
      <PageTitle>{t('notFoundTitle')}</PageTitle>
      <p>{t('notFoundBody')}</p>
      <p>
        <Link href={paths.articles()}>{t('backToArticles')}</Link>
      </p>
    </>
  );
}
