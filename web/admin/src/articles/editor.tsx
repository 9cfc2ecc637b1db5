import { useEffect, useRef, useState } from 'preact/hooks';
import * as z from 'zod';
import type { Article, ArticleRevision } from '#shared/domain/article.ts';
import { type Language, languageSchema } from '#shared/domain/text.ts';
import { mayEditIn } from '#shared/editorial/areas.ts';
import { contentApi, mediaUrl, type SaveArticleInput } from '../api/content.ts';
import { useCategories } from '../components/directory.ts';
import {
  FormErrors,
  type FormFields,
  failureOf,
  RestoredNotice,
  useFieldFailure,
  useFormStash,
} from '../components/form.tsx';
import { useLoaded } from '../components/resource.tsx';
import { RichText } from '../components/rich-text.tsx';
import {
  ActionButton,
  controlOf,
  ErrorNotice,
  Field,
  Forbidden,
  Link,
  Loading,
  StatusMessage,
  useDocumentTitle,
} from '../components/ui.tsx';
import { useI18n, useSession } from '../context.ts';
import type { MessageKey } from '../i18n.ts';
import { CoverPicker } from '../media/cover-picker.tsx';
import { can, editable } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { ArticlePicker } from './article-picker.tsx';
import { ArticleStatusBadge } from './status.tsx';

/**
 * Writing and revising an article. Every save is a new revision on the server (PUT with expectedVersion);
 * "Gửi duyệt" saves what is unsaved and then submits. Whatever goes wrong — a validation error, a conflict
 * with someone else's save, an expired session — what the user typed stays: in the form, and in
 * sessionStorage until it is saved, so that even signing in again brings it back.
 */

const coverSchema = z.object({
  key: z.string(),
  alt: z.string(),
  width: z.number().optional(),
  height: z.number().optional(),
  variants: z.array(z.number()).default([]),
});

const formSchema = z.object({
  title: z.string(),
  summary: z.string(),
  bodyHtml: z.string(),
  categorySlug: z.string(),
  tags: z.string(),
  language: languageSchema,
  translationOf: z.string(),
  cover: coverSchema.optional(),
});
type Form = z.infer<typeof formSchema>;

const emptyForm = (): Form => ({
  title: '',
  summary: '',
  bodyHtml: '',
  categorySlug: '',
  tags: '',
  language: 'vi',
  translationOf: '',
});

function formFrom(article: Article, latest: ArticleRevision): Form {
  return {
    title: latest.title,
    summary: latest.summary,
    bodyHtml: latest.bodyHtml,
    categorySlug: latest.categorySlug,
    tags: latest.tags.join(', '),
    language: article.language,
    translationOf: article.translationOf ?? '',
    ...(latest.coverImage ? { cover: { ...latest.coverImage } } : {}),
  };
}

/** The revisable content; language and "translation of" are set when the article is created. */
function contentOf(form: Form): Omit<SaveArticleInput, 'expectedVersion'> {
  const tags = form.tags
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
  return {
    title: form.title,
    summary: form.summary,
    bodyHtml: form.bodyHtml,
    categorySlug: form.categorySlug,
    tags,
    ...(form.cover
      ? {
          coverImage: {
            key: form.cover.key,
            alt: form.cover.alt,
            variants: form.cover.variants,
            ...(form.cover.width ? { width: form.cover.width } : {}),
            ...(form.cover.height ? { height: form.cover.height } : {}),
          },
        }
      : {}),
  };
}

/** Unsaved work is kept in this tab (sessionStorage) under this key until it is saved. */
const stashKey = (id: string | undefined) => `qtp-admin:unsaved:${id ?? 'new'}`;

// ---- Field errors from problem+json `errors[].path` ----
type FieldName =
  | 'title'
  | 'summary'
  | 'bodyHtml'
  | 'categorySlug'
  | 'tags'
  | 'language'
  | 'translationOf'
  | 'coverFile'
  | 'coverAlt';

const fieldNames: readonly FieldName[] = [
  'title',
  'summary',
  'bodyHtml',
  'categorySlug',
  'tags',
  'language',
  'translationOf',
  'coverFile',
  'coverAlt',
];

const fieldIds: Record<FieldName, string> = {
  title: 'article-title',
  summary: 'article-summary',
  bodyHtml: 'article-body',
  categorySlug: 'article-category',
  tags: 'article-tags',
  language: 'article-language-vi',
  translationOf: 'article-translation-of',
  coverFile: 'article-cover-file',
  coverAlt: 'article-cover-alt',
};

const fieldLabels: Record<FieldName, MessageKey> = {
  title: 'fieldTitle',
  summary: 'fieldSummary',
  bodyHtml: 'fieldBody',
  categorySlug: 'fieldCategory',
  tags: 'fieldTags',
  language: 'fieldLanguage',
  translationOf: 'fieldTranslationOf',
  coverFile: 'fieldCover',
  coverAlt: 'fieldCoverAlt',
};

function fieldOfPath(path: string): FieldName | undefined {
  const [head, next] = path.split('.');
  switch (head) {
    case 'title':
    case 'summary':
    case 'bodyHtml':
    case 'categorySlug':
    case 'tags':
    case 'language':
    case 'translationOf':
      return head;
    case 'coverImage':
      return next === 'alt' ? 'coverAlt' : 'coverFile';
    default:
      return undefined;
  }
}

export function EditorPage(props: { id?: string }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const principal = session.principal;
  const me = useLoaded(contentApi.me);
  useDocumentTitle(props.id ? t('editorEditTitle') : t('editorNewTitle'));

  const categories = useCategories();
  /** The article as the server has it (undefined for a new one); the screen waits until this is set. */
  const [loaded, setLoaded] = useState<{ article: Article | undefined; outsideArea?: boolean } | undefined>(
    undefined,
  );
  const [loadError, setLoadError] = useState<unknown>();
  const stash = useFormStash({ key: stashKey(props.id), schema: formSchema, initial: emptyForm });
  const { form } = stash;
  const [bodyKey, setBodyKey] = useState(0);
  const [busy, setBusy] = useState<'save' | 'submit' | 'upload' | undefined>();
  const failure = useFieldFailure<FieldName>();
  const [message, setMessage] = useState<string | undefined>();
  const [loadRound, setLoadRound] = useState(0);
  /** The id of an article this screen has just created: its URL changes, its content need not be loaded. */
  const justCreated = useRef<string | undefined>(undefined);
  const article = loaded?.article;

  // Load the article (or start a blank one); prefer unsaved work from this tab when there is some.
  // Dependencies: loadRound asks for a reload of the same id.
  useEffect(() => {
    if (props.id && justCreated.current === props.id) {
      justCreated.current = undefined;
      return;
    }
    let current = true;
    failure.setFailure(undefined);
    setMessage(undefined);
    const startFrom = (base: Form, loadedArticle: Article | undefined, outsideArea = false) => {
      stash.start(base);
      setLoaded({ article: loadedArticle, outsideArea });
      setBodyKey((key) => key + 1);
    };
    if (!props.id) {
      startFrom(emptyForm(), undefined);
      return;
    }
    setLoaded(undefined);
    setLoadError(undefined);
    contentApi.getArticle(props.id).then(
      (view) => current && startFrom(formFrom(view.article, view.latest), view.article, !view.mayEdit),
      (error: unknown) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [props.id, loadRound]);

  if (!can.write(principal)) return <Forbidden />;
  if (loadError) return <ErrorNotice error={loadError} onRetry={() => setLoadRound((round) => round + 1)} />;
  if (!loaded) return <Loading />;

  const update = (changes: Partial<Form>) => {
    stash.update(changes);
    setMessage(undefined);
  };

  const errorOf = failure.errorOf;
  const fail = (error: unknown) => failure.setFailure(failureOf(error, lang, fieldOfPath));

  /** Saves when there is something to save; answers the article as it is afterwards. */
  const save = async (): Promise<Article | undefined> => {
    if (article && !stash.dirty) return article;
    try {
      const saved = article
        ? await contentApi.saveArticle(article.id, { ...contentOf(form), expectedVersion: article.version })
        : await contentApi.createArticle({
            ...contentOf(form),
            language: form.language,
            ...(form.translationOf.trim() ? { translationOf: form.translationOf.trim() } : {}),
          });
      stash.sent();
      setLoaded({ article: saved });
      if (!article) {
        justCreated.current = saved.id;
        // Now it has an id: give it its own URL, staying on this screen (and keeping focus where it is).
        navigate(paths.edit(saved.id), { replace: true, focus: false });
      }
      return saved;
    } catch (error) {
      fail(error);
      return undefined;
    }
  };

  const onSave = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy('save');
    failure.setFailure(undefined);
    setMessage(undefined);
    const saved = await save();
    setBusy(undefined);
    if (saved) setMessage(t('saved', { n: saved.latestRevision }));
  };

  const onSubmitForReview = async () => {
    if (busy) return;
    setBusy('submit');
    failure.setFailure(undefined);
    setMessage(undefined);
    const saved = await save();
    if (saved) {
      try {
        const submitted = await contentApi.submit(saved.id, saved.version);
        setLoaded({ article: submitted });
        setMessage(t('submitted'));
      } catch (error) {
        fail(error);
      }
    }
    setBusy(undefined);
  };

  const uploadBodyImage = async (file: File, altVi: string) =>
    mediaUrl((await contentApi.upload(file, { altVi })).key);

  /** Drops the unsaved work (restored, or in conflict with a newer save) and loads the article again. */
  const reloadFromServer = () => {
    stash.discard(emptyForm());
    setLoadRound((round) => round + 1);
  };

  // An editor is offered only the categories of their area in the chosen language (the verbs refuse the rest).
  const categoryList = (categories.state === 'ready' ? categories.value : []).filter((category) =>
    mayEditIn(principal.roles, me?.editorArea, { categorySlug: category.slug, language: form.language }),
  );
  const fields: FormFields<FieldName> = {
    order: fieldNames,
    idOf: (name) => fieldIds[name],
    labelOf: (name) => t(fieldLabels[name]),
  };

  if (article && (!editable(article) || loaded?.outsideArea)) {
    return (
      <div class="notice notice-info">
        <p>{t(loaded?.outsideArea ? 'articleOutsideArea' : 'articleNotEditable')}</p>
        <Link href={paths.detail(article.id)}>{t('viewDetail')}</Link>
      </div>
    );
  }

  return (
    <form class="editor" onSubmit={onSave} noValidate>
      {article ? (
        <p class="article-meta">
          <span>
            {t('currentStatus')}: <ArticleStatusBadge status={article.status} />
          </span>
          <span>
            {t('versionLabel')}: {article.latestRevision}
          </span>
          <Link href={paths.detail(article.id)}>{t('viewDetail')}</Link>
        </p>
      ) : null}
      {article?.status === 'returned' && article.reviewNote ? (
        <div class="notice notice-warning">
          <p class="notice-title">{t('reviewNote')}</p>
          <p>{article.reviewNote}</p>
        </div>
      ) : null}
      {stash.restored ? (
        <RestoredNotice
          text={t('restoredUnsaved')}
          discardLabel={t('discardRestored')}
          onDiscard={reloadFromServer}
        />
      ) : null}

      <FormErrors
        state={failure}
        fields={fields}
        conflict={{ title: t('conflict'), detail: t('conflictDetail'), reloadLabel: t('reloadLatest') }}
        onReload={reloadFromServer}
      />

      <div class="editor-main">
        <Field id="article-title" label={t('fieldTitle')} error={errorOf('title')}>
          <input
            {...controlOf('article-title', false, errorOf('title'))}
            type="text"
            value={form.title}
            maxLength={250}
            onInput={(event) => update({ title: event.currentTarget.value })}
          />
        </Field>
        <Field
          id="article-summary"
          label={t('fieldSummary')}
          hint={t('fieldSummaryHint')}
          error={errorOf('summary')}
        >
          <textarea
            {...controlOf('article-summary', true, errorOf('summary'))}
            rows={3}
            value={form.summary}
            maxLength={600}
            onInput={(event) => update({ summary: event.currentTarget.value })}
          />
        </Field>
        <div class={`field${errorOf('bodyHtml') ? ' field-invalid' : ''}`}>
          <span class="label" id="article-body-label">
            {t('fieldBody')}
          </span>
          {errorOf('bodyHtml') ? (
            <p class="field-error" id="article-body-error">
              {errorOf('bodyHtml')}
            </p>
          ) : null}
          <RichText
            key={bodyKey}
            id="article-body"
            labelId="article-body-label"
            initialHtml={form.bodyHtml}
            describedBy={errorOf('bodyHtml') ? 'article-body-error' : undefined}
            invalid={Boolean(errorOf('bodyHtml'))}
            onChange={(bodyHtml) => update({ bodyHtml })}
            uploadImage={uploadBodyImage}
            altLanguage={form.language}
          />
        </div>
      </div>

      <div class="editor-side">
        <Field id="article-category" label={t('fieldCategory')} error={errorOf('categorySlug')}>
          <select
            {...controlOf('article-category', false, errorOf('categorySlug'))}
            value={form.categorySlug}
            onChange={(event) => update({ categorySlug: event.currentTarget.value })}
          >
            <option value="">{t('chooseCategory')}</option>
            {categoryList.map((category) => (
              <option key={category.slug} value={category.slug}>
                {lang === 'en' ? category.nameEn : category.nameVi}
              </option>
            ))}
            {form.categorySlug && !categoryList.some((category) => category.slug === form.categorySlug) ? (
              <option value={form.categorySlug}>{form.categorySlug}</option>
            ) : null}
          </select>
        </Field>
        {categories.state === 'error' ? <ErrorNotice error={categories.error} /> : null}

        <Field id="article-tags" label={t('fieldTags')} hint={t('fieldTagsHint')} error={errorOf('tags')}>
          <input
            {...controlOf('article-tags', true, errorOf('tags'))}
            type="text"
            value={form.tags}
            onInput={(event) => update({ tags: event.currentTarget.value })}
          />
        </Field>

        <fieldset
          class={`field radio-group${errorOf('language') ? ' field-invalid' : ''}`}
          disabled={Boolean(article)}
        >
          <legend>{t('fieldLanguage')}</legend>
          {errorOf('language') ? <p class="field-error">{errorOf('language')}</p> : null}
          {(['vi', 'en'] as const).map((value: Language) => (
            <div class="radio" key={value}>
              <input
                id={`article-language-${value}`}
                type="radio"
                name="language"
                value={value}
                checked={form.language === value}
                onChange={() => update({ language: value })}
              />
              <label for={`article-language-${value}`}>{value === 'vi' ? t('langVi') : t('langEn')}</label>
            </div>
          ))}
        </fieldset>

        <ArticlePicker
          id="article-translation-of"
          label={t('fieldTranslationOf')}
          language={form.language === 'vi' ? 'en' : 'vi'}
          value={form.translationOf}
          error={errorOf('translationOf')}
          readOnly={Boolean(article)}
          onChange={(translationOf) => update({ translationOf })}
        />

        <CoverPicker
          cover={form.cover}
          language={form.language}
          onChange={(cover) => update({ cover })}
          fileError={errorOf('coverFile')}
          altError={errorOf('coverAlt')}
        />
      </div>

      <div class="form-actions">
        <StatusMessage message={message} />
        <ActionButton type="submit" emphasis="secondary" busy={Boolean(busy)}>
          {busy === 'save' ? t('saving') : t('saveDraft')}
        </ActionButton>
        <ActionButton emphasis="primary" busy={Boolean(busy)} onClick={onSubmitForReview}>
          {busy === 'submit' ? t('saving') : t('submitForReview')}
        </ActionButton>
      </div>
    </form>
  );
}
