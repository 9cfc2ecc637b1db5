import { useEffect, useRef, useState } from 'preact/hooks';
import { z } from 'zod';
import type { Article, ArticleRevision } from '#shared/domain/article.ts';
import { type Language, languageSchema } from '#shared/domain/text.ts';
import { ApiError, api, fieldMessage, mediaUrl, type SaveArticleInput } from '../api.ts';
import { RichText } from '../components/rich-text.tsx';
import {
  describedBy,
  ErrorNotice,
  Field,
  Forbidden,
  Link,
  Loading,
  StatusBadge,
  StatusMessage,
  useDocumentTitle,
} from '../components/ui.tsx';
import { useI18n, useSession } from '../context.ts';
import type { MessageKey } from '../i18n.ts';
import { can, editable } from '../permissions.ts';
import { navigate, paths } from '../router.ts';
import { useCategories } from './list.tsx';

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

const stashSchema = z.object({ form: formSchema, baseVersion: z.number().optional() });

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

// ---- Unsaved work kept in this tab ----
const stashKey = (id: string | undefined) => `qtp-admin:unsaved:${id ?? 'new'}`;

function readStash(id: string | undefined) {
  try {
    const raw = sessionStorage.getItem(stashKey(id));
    if (!raw) return undefined;
    const parsed = stashSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
function writeStash(id: string | undefined, form: Form, baseVersion: number | undefined) {
  try {
    sessionStorage.setItem(stashKey(id), JSON.stringify({ form, baseVersion }));
  } catch {
    // Storage full or disabled: the form still holds the text.
  }
}
const clearStash = (id: string | undefined) => sessionStorage.removeItem(stashKey(id));

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

type Failure =
  | { kind: 'validation'; fields: Partial<Record<FieldName, string>>; unplaced: string[] }
  | { kind: 'conflict' }
  | { kind: 'other'; error: unknown };

type Loaded = { article: Article | undefined };

export function EditorPage(props: { id?: string }) {
  const { t, lang } = useI18n();
  const { session } = useSession();
  const principal = session.principal;
  useDocumentTitle(props.id ? t('editorEditTitle') : t('editorNewTitle'));

  const [categories] = useCategories();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const [loadError, setLoadError] = useState<unknown>();
  const [form, setForm] = useState<Form>(emptyForm);
  const [bodyKey, setBodyKey] = useState(0);
  const [restored, setRestored] = useState(false);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState<'save' | 'submit' | 'upload' | undefined>();
  const [failure, setFailure] = useState<Failure | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  const [loadRound, setLoadRound] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
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
    setFailure(undefined);
    setMessage(undefined);
    const startFrom = (base: Form, loadedArticle: Article | undefined) => {
      const stash = readStash(props.id);
      const useStash = stash !== undefined && JSON.stringify(stash.form) !== JSON.stringify(base);
      setForm(useStash ? stash.form : base);
      setRestored(useStash);
      setDirty(useStash);
      setLoaded({ article: loadedArticle });
      setBodyKey((key) => key + 1);
    };
    if (!props.id) {
      startFrom(emptyForm(), undefined);
      return;
    }
    setLoaded(undefined);
    setLoadError(undefined);
    api.getArticle(props.id).then(
      (view) => current && startFrom(formFrom(view.article, view.latest), view.article),
      (error: unknown) => current && setLoadError(error),
    );
    return () => {
      current = false;
    };
  }, [props.id, loadRound]);

  // Keep unsaved work in this tab until it is saved.
  useEffect(() => {
    if (dirty && loaded) writeStash(props.id, form, article?.version);
  }, [form, dirty, loaded, props.id, article?.version]);

  useEffect(() => {
    if (failure?.kind === 'validation' || failure?.kind === 'conflict' || failure?.kind === 'other') {
      summaryRef.current?.focus();
    }
  }, [failure]);

  if (!can.write(principal)) return <Forbidden />;
  if (loadError) return <ErrorNotice error={loadError} onRetry={() => setLoadRound((round) => round + 1)} />;
  if (!loaded) return <Loading />;

  const update = (changes: Partial<Form>) => {
    setForm((previous) => ({ ...previous, ...changes }));
    setDirty(true);
    setMessage(undefined);
  };

  const fieldError = (name: FieldName) => (failure?.kind === 'validation' ? failure.fields[name] : undefined);

  const fail = (error: unknown) => {
    if (error instanceof ApiError && error.isConflict) {
      setFailure({ kind: 'conflict' });
    } else if (error instanceof ApiError && (error.problem?.errors.length ?? 0) > 0) {
      const fields: Partial<Record<FieldName, string>> = {};
      const unplaced: string[] = [];
      for (const entry of error.problem?.errors ?? []) {
        const name = fieldOfPath(entry.path);
        const text = fieldMessage(entry, lang);
        if (name && !fields[name]) fields[name] = text;
        else if (!name) unplaced.push(`${entry.path}: ${text}`);
      }
      setFailure({ kind: 'validation', fields, unplaced });
    } else {
      setFailure({ kind: 'other', error });
    }
  };

  /** Saves when there is something to save; answers the article as it is afterwards. */
  const save = async (): Promise<Article | undefined> => {
    if (article && !dirty) return article;
    try {
      const saved = article
        ? await api.saveArticle(article.id, { ...contentOf(form), expectedVersion: article.version })
        : await api.createArticle({
            ...contentOf(form),
            language: form.language,
            ...(form.translationOf.trim() ? { translationOf: form.translationOf.trim() } : {}),
          });
      clearStash(props.id);
      setLoaded({ article: saved });
      setDirty(false);
      setRestored(false);
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
    setFailure(undefined);
    setMessage(undefined);
    const saved = await save();
    setBusy(undefined);
    if (saved) setMessage(t('saved', { n: saved.latestRevision }));
  };

  const onSubmitForReview = async () => {
    if (busy) return;
    setBusy('submit');
    setFailure(undefined);
    setMessage(undefined);
    const saved = await save();
    if (saved) {
      try {
        const submitted = await api.submit(saved.id, saved.version);
        setLoaded({ article: submitted });
        setMessage(t('submitted'));
      } catch (error) {
        fail(error);
      }
    }
    setBusy(undefined);
  };

  const onCoverFile = async (event: Event) => {
    const input = event.currentTarget;
    if (!(input instanceof HTMLInputElement)) return;
    const file = input.files?.[0];
    if (!file || busy) return;
    setBusy('upload');
    setFailure(undefined);
    setMessage(undefined);
    try {
      const uploaded = await api.upload(file);
      update({
        cover: {
          key: uploaded.key,
          alt: form.cover?.alt ?? '',
          variants: uploaded.variants,
          ...(uploaded.width ? { width: uploaded.width } : {}),
          ...(uploaded.height ? { height: uploaded.height } : {}),
        },
      });
      setMessage(t('uploadDone'));
    } catch (error) {
      fail(error);
    } finally {
      setBusy(undefined);
      input.value = '';
    }
  };

  const uploadBodyImage = async (file: File) => mediaUrl((await api.upload(file)).key);

  const discardRestored = () => {
    clearStash(props.id);
    setRestored(false);
    setDirty(false);
    setLoadRound((round) => round + 1);
  };

  const reloadLatest = () => {
    clearStash(props.id);
    setDirty(false);
    setLoadRound((round) => round + 1);
  };

  const categoryList = categories.state === 'ready' ? categories.value : [];
  const errorOf = fieldError;

  if (article && !editable(article)) {
    return (
      <div class="notice notice-info">
        <p>{t('articleNotEditable')}</p>
        <Link href={paths.detail(article.id)}>{t('viewDetail')}</Link>
      </div>
    );
  }

  return (
    <form class="editor" onSubmit={onSave} noValidate>
      {article ? (
        <p class="article-meta">
          <span>
            {t('currentStatus')}: <StatusBadge status={article.status} />
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
      {restored ? (
        <div class="notice notice-info">
          <p>{t('restoredUnsaved')}</p>
          <button type="button" class="button button-quiet" onClick={discardRestored}>
            {t('discardRestored')}
          </button>
        </div>
      ) : null}

      <div ref={summaryRef} tabIndex={-1} class="error-anchor">
        {failure?.kind === 'conflict' ? (
          <div class="notice notice-error" role="alert">
            <p class="notice-title">{t('conflict')}</p>
            <p>{t('conflictDetail')}</p>
            <button type="button" class="button button-secondary" onClick={reloadLatest}>
              {t('reloadLatest')}
            </button>
          </div>
        ) : null}
        {failure?.kind === 'validation' ? (
          <div class="notice notice-error error-summary" role="alert">
            <p class="notice-title">{t('errorSummaryTitle')}</p>
            <ul>
              {fieldNames.flatMap((name) => {
                const text = failure.fields[name];
                return text
                  ? [
                      <li key={name}>
                        <a href={`#${fieldIds[name]}`} onClick={(event) => focusField(event, fieldIds[name])}>
                          {t(fieldLabels[name])}: {text}
                        </a>
                      </li>,
                    ]
                  : [];
              })}
              {failure.unplaced.map((text) => (
                <li key={text}>{text}</li>
              ))}
            </ul>
          </div>
        ) : null}
        {failure?.kind === 'other' ? <ErrorNotice error={failure.error} /> : null}
      </div>

      <div class="editor-main">
        <Field id="article-title" label="fieldTitle" error={errorOf('title')}>
          <input
            id="article-title"
            type="text"
            value={form.title}
            maxLength={250}
            aria-invalid={errorOf('title') ? true : undefined}
            aria-describedby={describedBy('article-title', false, errorOf('title'))}
            onInput={(event) => update({ title: event.currentTarget.value })}
          />
        </Field>
        <Field id="article-summary" label="fieldSummary" hint="fieldSummaryHint" error={errorOf('summary')}>
          <textarea
            id="article-summary"
            rows={3}
            value={form.summary}
            maxLength={600}
            aria-invalid={errorOf('summary') ? true : undefined}
            aria-describedby={describedBy('article-summary', true, errorOf('summary'))}
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
          />
        </div>
      </div>

      <div class="editor-side">
        <Field id="article-category" label="fieldCategory" error={errorOf('categorySlug')}>
          <select
            id="article-category"
            value={form.categorySlug}
            aria-invalid={errorOf('categorySlug') ? true : undefined}
            aria-describedby={describedBy('article-category', false, errorOf('categorySlug'))}
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

        <Field id="article-tags" label="fieldTags" hint="fieldTagsHint" error={errorOf('tags')}>
          <input
            id="article-tags"
            type="text"
            value={form.tags}
            aria-invalid={errorOf('tags') ? true : undefined}
            aria-describedby={describedBy('article-tags', true, errorOf('tags'))}
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

        <Field
          id="article-translation-of"
          label="fieldTranslationOf"
          hint="fieldTranslationOfHint"
          error={errorOf('translationOf')}
        >
          <input
            id="article-translation-of"
            type="text"
            spellcheck={false}
            autoComplete="off"
            value={form.translationOf}
            readOnly={Boolean(article)}
            aria-invalid={errorOf('translationOf') ? true : undefined}
            aria-describedby={describedBy('article-translation-of', true, errorOf('translationOf'))}
            onInput={(event) => update({ translationOf: event.currentTarget.value })}
          />
        </Field>

        <fieldset class="field cover">
          <legend>{t('fieldCover')}</legend>
          {form.cover ? (
            <img class="cover-preview" src={mediaUrl(form.cover.key)} alt={form.cover.alt} />
          ) : null}
          <Field id="article-cover-file" label="fieldCoverFile" error={errorOf('coverFile')}>
            <input
              id="article-cover-file"
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
              aria-disabled={busy === 'upload' ? 'true' : undefined}
              aria-invalid={errorOf('coverFile') ? true : undefined}
              aria-describedby={describedBy('article-cover-file', false, errorOf('coverFile'))}
              onChange={onCoverFile}
            />
          </Field>
          {busy === 'upload' ? <p role="status">{t('uploading')}</p> : null}
          {form.cover ? (
            <>
              <Field
                id="article-cover-alt"
                label="fieldCoverAlt"
                hint="fieldCoverAltHint"
                error={errorOf('coverAlt')}
              >
                <input
                  id="article-cover-alt"
                  type="text"
                  maxLength={300}
                  value={form.cover.alt}
                  aria-invalid={errorOf('coverAlt') ? true : undefined}
                  aria-describedby={describedBy('article-cover-alt', true, errorOf('coverAlt'))}
                  onInput={(event) => {
                    const alt = event.currentTarget.value;
                    if (form.cover) update({ cover: { ...form.cover, alt } });
                  }}
                />
              </Field>
              <button type="button" class="button button-quiet" onClick={() => update({ cover: undefined })}>
                {t('removeCover')}
              </button>
            </>
          ) : null}
        </fieldset>
      </div>

      <div class="form-actions">
        <StatusMessage message={message} />
        <button type="submit" class="button button-secondary" aria-disabled={busy ? 'true' : undefined}>
          {busy === 'save' ? t('saving') : t('saveDraft')}
        </button>
        <button
          type="button"
          class="button button-primary"
          aria-disabled={busy ? 'true' : undefined}
          onClick={onSubmitForReview}
        >
          {busy === 'submit' ? t('saving') : t('submitForReview')}
        </button>
      </div>
    </form>
  );
}

function focusField(event: MouseEvent, id: string) {
  const target = document.getElementById(id);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'center' });
}
