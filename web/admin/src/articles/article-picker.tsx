import { useEffect, useRef, useState } from 'preact/hooks';
import type { Language } from '#shared/domain/text.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { type ArticleLookupItem, mediaApi } from '../api/media.ts';
import { categoryName, useCategories } from '../components/directory.ts';
import { controlOf, ErrorNotice, Field } from '../components/ui.tsx';
import { useMediaWords } from '../media/i18n.ts';
import { ArticleStatusBadge } from './status.tsx';

/**
 * Choosing an article by words of its title (issue 15, decision 198), instead of typing its id: the
 * translation of an article (searched in the other language) and the home page's featured article. Each
 * result shows its title, category, status and last change; choosing one hands its id to the form.
 */
const SETTLE_MS = 250;

export function ArticlePicker(props: {
  id: string;
  label: string;
  /** The language searched in. */
  language: Language;
  /** The chosen article's id ('' for none). */
  value: string;
  onChange: (id: string) => void;
  error?: string | undefined;
  /** Shown, not changeable (a translation is linked when the article is created). */
  readOnly?: boolean;
}) {
  const { m, lang } = useMediaWords();
  const categories = useCategories();
  const [query, setQuery] = useState('');
  const [results, setResults] = useState<ArticleLookupItem[] | undefined>();
  const [searching, setSearching] = useState(false);
  const [failure, setFailure] = useState<unknown>();
  const [chosen, setChosen] = useState<ArticleLookupItem | undefined>();
  const round = useRef(0);

  // Look up once typing settles; an older answer arriving late is ignored.
  // Dependencies: a new query or language starts a new lookup.
  useEffect(() => {
    const q = query.trim();
    round.current += 1;
    const mine = round.current;
    if (!q) {
      setResults(undefined);
      setSearching(false);
      return;
    }
    setSearching(true);
    const timer = setTimeout(() => {
      mediaApi.lookupArticles(props.language, q).then(
        (answer) => {
          if (round.current !== mine) return;
          setResults(answer.items);
          setFailure(undefined);
          setSearching(false);
        },
        (error: unknown) => {
          if (round.current !== mine) return;
          setFailure(error);
          setSearching(false);
        },
      );
    }, SETTLE_MS);
    return () => clearTimeout(timer);
  }, [query, props.language]);

  const label = `${props.label} — ${m('pickerSearch', { language: m(props.language === 'vi' ? 'language_vi' : 'language_en') })}`;
  const chosenTitle = chosen?.id === props.value ? chosen.title : undefined;

  if (props.value) {
    return (
      <fieldset class="field article-picker" id={props.id}>
        <legend>{props.label}</legend>
        {props.error ? (
          <p class="field-error" id={`${props.id}-error`}>
            {props.error}
          </p>
        ) : null}
        <p class="article-picker-chosen">
          {m('picked')}: <strong>{chosenTitle ?? props.value}</strong>
        </p>
        {props.readOnly ? null : (
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              props.onChange('');
              setChosen(undefined);
            }}
          >
            {m('change')}
          </button>
        )}
      </fieldset>
    );
  }
  if (props.readOnly) return null;

  return (
    <div class="article-picker">
      <Field id={props.id} label={label} hint={m('pickerHint')} error={props.error}>
        <input
          {...controlOf(props.id, true, props.error)}
          type="search"
          autoComplete="off"
          spellcheck={false}
          value={query}
          onInput={(event) => setQuery(event.currentTarget.value)}
        />
      </Field>
      <p role="status" class="article-picker-status">
        {searching
          ? m('pickerSearching')
          : results
            ? results.length
              ? m('pickerResults', { count: results.length })
              : m('pickerNone')
            : ''}
      </p>
      {failure ? <ErrorNotice error={failure} /> : null}
      {results && results.length > 0 ? (
        <ul class="article-picker-results" aria-label={m('pickerResults', { count: results.length })}>
          {results.map((item) => (
            <li key={item.id}>
              <span class="article-picker-title">{item.title}</span>
              <span class="article-picker-meta">
                {categoryName(categories, item.categorySlug, lang)} ·{' '}
                <ArticleStatusBadge status={item.status} /> · {formatDateTime(item.updatedAt, lang)}
                {item.translationOf ? ` · ${m('alreadyLinked')}` : ''}
              </span>
              <button
                type="button"
                class="button button-secondary"
                aria-label={m('pickNamed', { title: item.title })}
                onClick={() => {
                  setChosen(item);
                  setQuery('');
                  setResults(undefined);
                  props.onChange(item.id);
                }}
              >
                {m('pick')}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
