import { useRef, useState } from 'preact/hooks';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { type AltTexts, type MediaAsset, mediaApi } from '../api/media.ts';
import { fieldErrorsOf } from '../components/form.tsx';
import { formatSize } from '../components/format.ts';
import { type PagedList, usePagedList } from '../components/resource.tsx';
import { ActionButton, controlOf, ErrorNotice, Field } from '../components/ui.tsx';
import { useMediaWords } from './i18n.ts';

/**
 * Pieces shared by the library screen and the editor's dialog: the search over the library, the upload form
 * (alt text first: it is required), an image's card.
 */

/** The library newest first, or the images matching `query` (one bounded page). */
export function useMediaList(query: string): PagedList<MediaAsset> {
  return usePagedList((cursor) => mediaApi.list({ q: query, ...(cursor ? { cursor } : {}) }), [query]);
}

export function MediaSearch(props: { id: string; onSearch: (query: string) => void; query: string }) {
  const { m } = useMediaWords();
  const [text, setText] = useState(props.query);
  return (
    <form
      class="media-search"
      onSubmit={(event) => {
        event.preventDefault();
        props.onSearch(text.trim());
      }}
    >
      <Field id={props.id} label={m('search')} hint={m('searchHint')}>
        <input
          {...controlOf(props.id, true, undefined)}
          type="search"
          value={text}
          onInput={(event) => setText(event.currentTarget.value)}
        />
      </Field>
      <button type="submit" class="button button-secondary">
        {m('searchButton')}
      </button>
      {props.query ? (
        <button
          type="button"
          class="button button-quiet"
          onClick={() => {
            setText('');
            props.onSearch('');
          }}
        >
          {m('clearSearch')}
        </button>
      ) : null}
    </form>
  );
}

type UploadField = 'file' | 'altVi' | 'altEn';

/** A new image with its alt texts; the Vietnamese one is asked for before anything is sent. */
export function UploadImageForm(props: { id: string; onUploaded: (asset: MediaAsset) => void }) {
  const { m, lang } = useMediaWords();
  const file = useRef<HTMLInputElement>(null);
  const [alt, setAlt] = useState<AltTexts>({ altVi: '', altEn: '' });
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<UploadField, string>>>({});
  const [error, setError] = useState<unknown>();
  const id = (name: UploadField) => `${props.id}-${name}`;

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const chosen = file.current?.files?.[0];
    const missing: Partial<Record<UploadField, string>> = {
      ...(chosen ? {} : { file: m('fileRequired') }),
      ...(alt.altVi.trim() ? {} : { altVi: m('altRequired') }),
    };
    setFieldErrors(missing);
    setError(undefined);
    if (!chosen || Object.keys(missing).length > 0) {
      document.getElementById(id(missing.file ? 'file' : 'altVi'))?.focus();
      return;
    }
    setBusy(true);
    try {
      const asset = await mediaApi.upload(chosen, alt);
      setAlt({ altVi: '', altEn: '' });
      if (file.current) file.current.value = '';
      props.onUploaded(asset);
    } catch (failure) {
      const placed = fieldErrorsOf<UploadField>(failure, lang, (path) =>
        path === 'altVi' || path === 'altEn'
          ? path
          : path === 'contentType' || path === 'size'
            ? 'file'
            : undefined,
      );
      if (Object.keys(placed.fields).length > 0) setFieldErrors(placed.fields);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form class="media-upload" onSubmit={submit} noValidate aria-labelledby={`${props.id}-title`}>
      <h3 id={`${props.id}-title`}>{m('uploadTitle')}</h3>
      {error ? <ErrorNotice error={error} /> : null}
      <Field id={id('file')} label={m('file')} error={fieldErrors.file}>
        <input
          {...controlOf(id('file'), false, fieldErrors.file)}
          ref={file}
          type="file"
          accept="image/jpeg,image/png,image/webp"
        />
      </Field>
      <Field id={id('altVi')} label={m('altVi')} hint={m('altViHint')} error={fieldErrors.altVi}>
        <input
          {...controlOf(id('altVi'), true, fieldErrors.altVi)}
          type="text"
          required
          aria-required="true"
          maxLength={300}
          value={alt.altVi}
          onInput={(event) => setAlt({ ...alt, altVi: event.currentTarget.value })}
        />
      </Field>
      <Field id={id('altEn')} label={m('altEn')} hint={m('altEnHint')} error={fieldErrors.altEn}>
        <input
          {...controlOf(id('altEn'), true, fieldErrors.altEn)}
          type="text"
          maxLength={300}
          value={alt.altEn ?? ''}
          onInput={(event) => setAlt({ ...alt, altEn: event.currentTarget.value })}
        />
      </Field>
      {busy ? <p role="status">{m('uploading')}</p> : null}
      <ActionButton type="submit" emphasis="primary" busy={busy}>
        {busy ? m('uploading') : m('upload')}
      </ActionButton>
    </form>
  );
}

/** What a card says about an image besides the picture: alt texts, who and when, size. */
export function AssetFacts(props: { asset: MediaAsset }) {
  const { m, lang } = useMediaWords();
  const { asset } = props;
  return (
    <>
      <p class="media-alt" lang="vi">
        {asset.altVi}
      </p>
      <p class="media-alt-en" lang={asset.altEn ? 'en' : undefined}>
        {asset.altEn ?? m('noAltEn')}
      </p>
      <p class="media-meta">
        {asset.fileName} · {formatSize(asset.size, lang)}
        {asset.width ? ` · ${m('dimensions', { width: asset.width, height: asset.height })}` : ''}
      </p>
      <p class="media-meta">
        {m('uploadedBy', { name: asset.uploadedByName, date: formatDateTime(asset.uploadedAt, lang) })}
      </p>
    </>
  );
}

/** The thumbnail: the smallest variant when there is one. */
export function thumbnailOf(asset: MediaAsset): string {
  const smallest = [...asset.variants].sort((a, b) => a - b)[0];
  return smallest ? `${asset.url}-${smallest}w.webp` : asset.url;
}
