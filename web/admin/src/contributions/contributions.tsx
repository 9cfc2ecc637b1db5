import { useState } from 'preact/hooks';
import * as z from 'zod';
import type { Article } from '#shared/domain/article.ts';
import { type Contribution, contributionStatusSchema } from '#shared/domain/contribution.ts';
import type { Principal } from '#shared/domain/roles.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { type ContributionBody, contributionsApi } from '../api/contributions.ts';
import { DecisionPanel, type Outcome } from '../components/decision-panel.tsx';
import { categoryName, useCategories } from '../components/directory.ts';
import { FilterBar } from '../components/filter-bar.tsx';
import { FormErrors, failureOf, RestoredNotice, useFieldFailure, useFormStash } from '../components/form.tsx';
import { HistorySection } from '../components/history.tsx';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { RichText } from '../components/rich-text.tsx';
import { StatusBadge } from '../components/status-badge.tsx';
import { ItemTable } from '../components/table.tsx';
import {
  ActionButton,
  controlOf,
  ErrorNotice,
  Field,
  Forbidden,
  Link,
  MetaList,
  PageTitle,
  StatusMessage,
  setFlash,
  useDocumentTitle,
  useFlash,
} from '../components/ui.tsx';
import { useI18n, useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { type ContributionRoute, navigate, paths } from '../router.ts';
import { statusTone, useContributionWords } from './i18n.ts';

/**
 * Agencies' contributions (decisions 178–184): one chunk, loaded when a contribution route is first opened.
 * An agency writes an item in the staff's rich-text editor and sends it, then follows what became of it; the
 * newsroom sees every agency's items, and an editor of the item's area takes it into editing (an article
 * draft) or declines it with a reason. The API decides (functions/content/contributions.ts).
 */
export function ContributionScreen(props: { route: ContributionRoute }) {
  const { route } = props;
  switch (route.name) {
    case 'contributionList':
      return <ContributionListPage query={route.query} />;
    case 'contributionNew':
      return <ContributionFormPage />;
    case 'contributionDetail':
      return <ContributionDetailPage key={route.id} id={route.id} />;
  }
}

/** An agency's own account sees its agency's items only (shared/auth/agency-scope.ts decides the same). */
const onlyAgency = (principal: Principal) => principal.roles.every((role) => role === 'agency');
const statuses = contributionStatusSchema.options;

// ---------- The list: the agency's own, or the newsroom's queue ----------

function ContributionListPage(props: { query: URLSearchParams }) {
  const { w, lang, status } = useContributionWords();
  const { session } = useSession();
  const { principal } = session;
  const flash = useFlash();
  const own = onlyAgency(principal);
  const title = own ? w('ownListTitle') : w('listTitle');
  useDocumentTitle(title);
  const allowed = can.readContributions(principal);
  const list = useResource(() => (allowed ? contributionsApi.list() : Promise.resolve([])), [allowed]);
  const categories = useCategories();
  if (!allowed) return <Forbidden />;
  const applied = { status: props.query.get('status') ?? '' };
  const all = list.resource.state === 'ready' ? list.resource.value : [];
  const items = all.filter((item) => !applied.status || item.status === applied.status);
  const agencyName = (item: Contribution) => (lang === 'vi' ? item.agency.nameVi : item.agency.nameEn);
  return (
    <>
      <PageTitle>{title}</PageTitle>
      <StatusMessage message={flash} />
      <p class="intro">{own ? w('ownListIntro') : w('listIntro')}</p>
      {can.sendContributions(principal) ? (
        <p>
          <Link href={paths.contributionNew()} class="button button-primary">
            {w('send')}
          </Link>
        </p>
      ) : null}
      <FilterBar
        label={w('filters')}
        applied={applied}
        applyLabel={w('applyFilters')}
        clear={{ label: w('clearFilters'), href: paths.contributions() }}
        onApply={(query) => navigate(paths.contributions(query))}
        filters={[
          {
            kind: 'select',
            param: 'status',
            id: 'filter-status',
            label: w('filterStatus'),
            options: statuses.map((value) => ({ value, label: status(value) })),
          },
        ]}
      />
      <ItemTable
        resource={list.resource}
        onRetry={list.reload}
        items={items}
        empty={w('listEmpty')}
        caption={title}
        count={w('count', { count: items.length })}
        columns={
          own
            ? [w('colTitle'), w('colCategory'), w('colReceived'), w('colStatus'), w('colOutcome')]
            : [w('colTitle'), w('colAgency'), w('colCategory'), w('colReceived'), w('colStatus')]
        }
        row={(item: Contribution) => (
          <tr key={item.id}>
            <th scope="row">
              <Link href={paths.contribution(item.id)}>{item.title}</Link>
            </th>
            {own ? null : <td>{agencyName(item)}</td>}
            <td>{categoryName(categories, item.categorySlug, lang)}</td>
            <td>{formatDateTime(item.receivedAt, lang)}</td>
            <td>
              <StatusBadge tone={statusTone[item.status]} label={status(item.status)} />
            </td>
            {own ? (
              <td>
                {item.publicPath ? (
                  // The public page (outside the SPA: a plain link).
                  <a href={item.publicPath}>{w('publicLinkOf', { title: item.title })}</a>
                ) : (
                  (item.declineReason ?? '')
                )}
              </td>
            ) : null}
          </tr>
        )}
      />
    </>
  );
}

// ---------- The form: write and send ----------

type FieldName = 'title' | 'summary' | 'bodyHtml' | 'categorySlug' | 'language';
const fieldOrder: readonly FieldName[] = ['title', 'summary', 'bodyHtml', 'categorySlug', 'language'];
const fieldId = (name: FieldName) => `contribution-${name}`;
const fieldLabelKey = {
  title: 'fieldTitle',
  summary: 'fieldSummary',
  bodyHtml: 'fieldBody',
  categorySlug: 'fieldCategory',
  language: 'fieldLanguage',
} as const;
const isField = (path: string): path is FieldName => (fieldOrder as readonly string[]).includes(path);
const valuesSchema = z.object({
  title: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  categorySlug: z.string(),
  language: z.string(),
});
const empty = (): z.infer<typeof valuesSchema> => ({
  title: '',
  summary: '',
  bodyHtml: '',
  categorySlug: '',
  language: 'vi',
});

function ContributionFormPage() {
  const { w } = useContributionWords();
  const { session } = useSession();
  useDocumentTitle(w('formTitle'));
  if (!can.readContributions(session.principal)) return <Forbidden />;
  return (
    <>
      <PageTitle>{w('formTitle')}</PageTitle>
      {can.sendContributions(session.principal) ? (
        <>
          <p class="intro">{w('formIntro')}</p>
          <ContributionForm />
        </>
      ) : (
        <p class="notice notice-info">{w('noAgency')}</p>
      )}
    </>
  );
}

function ContributionForm() {
  const { w, lang } = useContributionWords();
  const { t } = useI18n();
  const stash = useFormStash({ key: 'qtp-admin:contribution-unsent', schema: valuesSchema, initial: empty });
  const values = stash.form;
  const [editorKey, setEditorKey] = useState(0);
  const [busy, setBusy] = useState(false);
  const state = useFieldFailure<FieldName>();
  const categories = useCategories();
  const set = (name: Exclude<FieldName, 'bodyHtml'>) => (event: Event) => {
    const target = event.currentTarget;
    if (
      target instanceof HTMLInputElement ||
      target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement
    )
      stash.update({ [name]: target.value });
  };
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    state.setFailure(undefined);
    const body: ContributionBody = { ...values };
    try {
      const sent = await contributionsApi.send(body);
      stash.sent();
      setFlash(w('sent', { title: sent.title }));
      navigate(paths.contribution(sent.id));
    } catch (error) {
      state.setFailure(failureOf(error, lang, (path) => (isField(path) ? path : undefined)));
    } finally {
      setBusy(false);
    }
  };
  const error = (name: FieldName) => state.errorOf(name);
  const bodyError = error('bodyHtml');
  return (
    <form onSubmit={submit} noValidate>
      {stash.restored ? (
        <RestoredNotice
          text={t('restoredUnsaved')}
          discardLabel={t('discardRestored')}
          onDiscard={() => {
            stash.discard(empty());
            setEditorKey((previous) => previous + 1);
          }}
        />
      ) : null}
      <FormErrors
        state={state}
        fields={{ order: fieldOrder, idOf: fieldId, labelOf: (name) => w(fieldLabelKey[name]) }}
        conflict={{ title: w('conflictTitle'), detail: w('conflictDetail'), reloadLabel: w('reload') }}
        onReload={() => undefined}
      />
      <Field id={fieldId('title')} label={w('fieldTitle')} error={error('title')}>
        <input
          {...controlOf(fieldId('title'), false, error('title'))}
          type="text"
          maxLength={250}
          value={values.title}
          onInput={set('title')}
        />
      </Field>
      <Field
        id={fieldId('summary')}
        label={w('fieldSummary')}
        hint={w('fieldSummaryHint')}
        error={error('summary')}
      >
        <textarea
          {...controlOf(fieldId('summary'), true, error('summary'))}
          rows={3}
          maxLength={600}
          value={values.summary}
          onInput={set('summary')}
        />
      </Field>
      <div class={`field${bodyError ? ' field-invalid' : ''}`}>
        <span class="label" id="contribution-body-label">
          {w('fieldBody')}
        </span>
        {bodyError ? (
          <p class="field-error" id="contribution-body-error">
            {bodyError}
          </p>
        ) : null}
        <RichText
          key={editorKey}
          id={fieldId('bodyHtml')}
          labelId="contribution-body-label"
          describedBy={bodyError ? 'contribution-body-error' : undefined}
          invalid={Boolean(bodyError)}
          initialHtml={values.bodyHtml}
          onChange={(bodyHtml) => stash.update({ bodyHtml })}
        />
      </div>
      <Field id={fieldId('categorySlug')} label={w('fieldCategory')} error={error('categorySlug')}>
        <select
          {...controlOf(fieldId('categorySlug'), false, error('categorySlug'))}
          value={values.categorySlug}
          onChange={set('categorySlug')}
        >
          <option value="">{w('chooseCategory')}</option>
          {(categories.state === 'ready' ? categories.value : []).map((category) => (
            <option key={category.slug} value={category.slug}>
              {lang === 'en' ? category.nameEn : category.nameVi}
            </option>
          ))}
        </select>
      </Field>
      {categories.state === 'error' ? <ErrorNotice error={categories.error} /> : null}
      <Field id={fieldId('language')} label={w('fieldLanguage')} error={error('language')}>
        <select
          {...controlOf(fieldId('language'), false, error('language'))}
          value={values.language}
          onChange={set('language')}
        >
          <option value="vi">{w('langVi')}</option>
          <option value="en">{w('langEn')}</option>
        </select>
      </Field>
      <div class="form-actions">
        <ActionButton emphasis="primary" type="submit" busy={busy}>
          {busy ? w('sending') : w('sendButton')}
        </ActionButton>
      </div>
    </form>
  );
}

// ---------- One item: what was sent, what became of it, the editor's handling, the history ----------

type Handled = { contribution: Contribution; article?: Article };

function ContributionDetailPage(props: { id: string }) {
  const words = useContributionWords();
  const { w, lang, status } = words;
  const { session } = useSession();
  const { principal } = session;
  const flash = useFlash();
  const [message, setMessage] = useState<string | undefined>(flash);
  const allowed = can.readContributions(principal);
  const view = useResource(
    () => (allowed ? contributionsApi.get(props.id) : Promise.resolve(undefined)),
    [props.id, allowed],
  );
  const history = useResource(
    () => (allowed ? contributionsApi.history(props.id) : Promise.resolve([])),
    [props.id, allowed],
  );
  const categories = useCategories();
  const loaded = view.resource.state === 'ready' ? view.resource.value : undefined;
  const value = loaded?.contribution;
  const title = value ? value.title : w('listTitle');
  useDocumentTitle(title);
  if (!allowed) return <Forbidden />;
  const back = (
    <p class="breadcrumb">
      <Link href={paths.contributions()}>{onlyAgency(principal) ? w('ownListTitle') : w('listTitle')}</Link>
    </p>
  );
  if (!loaded || !value)
    return (
      <>
        {back}
        <PageTitle>{title}</PageTitle>
        <ResourceStatus resource={view.resource} onRetry={view.reload} />
      </>
    );
  const reload = () => {
    view.reload();
    history.reload();
  };
  const mayHandle = can.handleContributions(principal) && value.status === 'received';
  const outcomes: Outcome<Handled>[] =
    mayHandle && loaded.mayHandle
      ? [
          {
            label: w('take'),
            emphasis: 'primary',
            decide: () => contributionsApi.take(value.id, value.version),
            done: () => w('taken', { title: value.title }),
          },
          {
            label: w('decline'),
            emphasis: 'warning',
            note: {
              id: 'decline-reason',
              label: w('reasonLabel'),
              hint: w('reasonHint'),
              rows: 3,
              path: 'reason',
              required: { minLength: 3, message: w('reasonRequired') },
            },
            decide: async (input) => ({
              contribution: await contributionsApi.decline(value.id, {
                expectedVersion: value.version,
                reason: input.note,
              }),
            }),
            done: () => w('declined', { title: value.title }),
          },
        ]
      : [];
  return (
    <>
      {back}
      <PageTitle>{title}</PageTitle>
      <StatusMessage message={message} />
      <section aria-labelledby="contribution-facts">
        <h2 id="contribution-facts">{w('detailFacts')}</h2>
        <MetaList
          grid
          items={[
            [
              w('metaStatus'),
              <StatusBadge key="status" tone={statusTone[value.status]} label={status(value.status)} />,
            ],
            [w('metaAgency'), lang === 'vi' ? value.agency.nameVi : value.agency.nameEn],
            [w('metaSentBy'), value.sentBy.name],
            [w('metaReceived'), formatDateTime(value.receivedAt, lang)],
            [w('metaCategory'), categoryName(categories, value.categorySlug, lang)],
            [w('metaLanguage'), value.language === 'vi' ? w('langVi') : w('langEn')],
            value.takenBy ? [w('metaTakenBy'), value.takenBy.name] : false,
            value.publishedAt ? [w('metaPublished'), formatDateTime(value.publishedAt, lang)] : false,
            value.publicPath ? [w('metaArticle'), <a href={value.publicPath}>{w('publicLink')}</a>] : false,
            value.declinedAt ? [w('metaDeclined'), formatDateTime(value.declinedAt, lang)] : false,
            value.declineReason ? [w('metaReason'), value.declineReason] : false,
          ]}
        />
        {value.articleId && can.readArticles(principal) ? (
          <p>
            <Link href={paths.detail(value.articleId)}>{w('openArticle')}</Link>
          </p>
        ) : null}
      </section>
      {mayHandle && !loaded.mayHandle ? (
        <div class="notice notice-info">
          <p>{w('outsideArea')}</p>
        </div>
      ) : null}
      {outcomes.length > 0 ? (
        <section aria-labelledby="contribution-decision">
          <h2 id="contribution-decision">{w('decisionTitle')}</h2>
          <DecisionPanel
            key={value.version}
            outcomes={outcomes}
            conflictTitle={w('conflictTitle')}
            reloadLabel={w('reload')}
            onReload={reload}
            onDecided={(result, said) => {
              if (result.article) {
                setFlash(said);
                navigate(paths.edit(result.article.id));
                return;
              }
              setMessage(said);
              reload();
            }}
          />
        </section>
      ) : null}
      <section aria-labelledby="contribution-content">
        <h2 id="contribution-content">{w('contentTitle')}</h2>
        <p class="article-summary">{value.summary}</p>
        {/* Sanitized by the API when it was sent (shared/text/rich-text.ts), as an article's body. */}
        <div class="answer-html" dangerouslySetInnerHTML={{ __html: value.bodyHtml }} />
      </section>
      <HistorySection
        history={history.resource}
        onRetry={history.reload}
        actionLabel={words.action}
        statusLabel={(text) => {
          const known = contributionStatusSchema.safeParse(text);
          return known.success ? status(known.data) : text;
        }}
      />
    </>
  );
}
