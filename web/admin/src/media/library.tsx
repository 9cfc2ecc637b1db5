import { useState } from 'preact/hooks';
import { type MediaAsset, mediaApi } from '../api/media.ts';
import { fieldErrorsOf } from '../components/form.tsx';
import { LoadMore, ResourceStatus } from '../components/resource.tsx';
import {
  ActionButton,
  controlOf,
  ErrorNotice,
  Field,
  Forbidden,
  PageTitle,
  StatusMessage,
  useDocumentTitle,
} from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { useMediaWords } from './i18n.ts';
import { AssetFacts, MediaSearch, UploadImageForm, useMediaList } from './parts.tsx';

/**
 * The media library (issue 15, decision 199): every uploaded image, newest first, page by page; found by
 * words of its alt text or file name; its alt texts corrected here. Writers upload; the newsroom reads.
 */
export function MediaScreen() {
  const { m } = useMediaWords();
  const { session } = useSession();
  useDocumentTitle(m('mediaTitle'));
  const [query, setQuery] = useState('');
  const [message, setMessage] = useState<string | undefined>();
  const list = useMediaList(query);
  const { resource, refresh } = list.first;
  if (!can.readMedia(session.principal)) return <Forbidden />;
  const mayWrite = can.writeMedia(session.principal);
  return (
    <>
      <PageTitle>{m('mediaTitle')}</PageTitle>
      <p class="intro">{m('mediaIntro')}</p>
      <StatusMessage message={message} />
      {mayWrite ? (
        <UploadImageForm
          id="media-upload"
          onUploaded={() => {
            setMessage(m('uploaded'));
            setQuery('');
            refresh();
          }}
        />
      ) : null}
      <MediaSearch id="media-search" query={query} onSearch={setQuery} />
      <ResourceStatus resource={resource} onRetry={refresh} />
      {resource.state === 'ready' ? (
        <p>
          {list.items.length === 0
            ? query
              ? m('noMatch', { q: query })
              : m('noImages')
            : m('resultCount', { count: list.items.length })}
        </p>
      ) : null}
      <ul class="media-grid">
        {list.items.map((asset) => (
          <AssetCard
            key={`${asset.id}-${asset.version}`}
            asset={asset}
            mayWrite={mayWrite}
            onSaved={() => {
              setMessage(m('altSaved'));
              refresh();
            }}
          />
        ))}
      </ul>
      <LoadMore list={list} />
    </>
  );
}

type AltField = 'altVi' | 'altEn';

function AssetCard(props: { asset: MediaAsset; mayWrite: boolean; onSaved: () => void }) {
  const { m, lang } = useMediaWords();
  const { asset } = props;
  const [editing, setEditing] = useState(false);
  const [alt, setAlt] = useState({ altVi: asset.altVi, altEn: asset.altEn ?? '' });
  const [busy, setBusy] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<AltField, string>>>({});
  const [error, setError] = useState<unknown>();
  const base = `media-${asset.id}`;

  const save = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    if (!alt.altVi.trim()) {
      setFieldErrors({ altVi: m('altRequired') });
      document.getElementById(`${base}-altVi`)?.focus();
      return;
    }
    setBusy(true);
    setFieldErrors({});
    setError(undefined);
    try {
      await mediaApi.updateAlt(asset.id, {
        altVi: alt.altVi,
        ...(alt.altEn.trim() ? { altEn: alt.altEn } : {}),
        expectedVersion: asset.version,
      });
      setEditing(false);
      props.onSaved();
    } catch (failure) {
      const placed = fieldErrorsOf<AltField>(failure, lang, (path) =>
        path === 'altVi' || path === 'altEn' ? path : undefined,
      );
      if (Object.keys(placed.fields).length > 0) setFieldErrors(placed.fields);
      else setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <li class="media-card">
      <a href={asset.url}>
        <img src={asset.url} alt={asset.altVi} loading="lazy" />
      </a>
      <AssetFacts asset={asset} />
      {props.mayWrite && !editing ? (
        <button
          type="button"
          class="button button-quiet"
          aria-label={`${m('editAlt')}: ${asset.altVi}`}
          onClick={() => setEditing(true)}
        >
          {m('editAlt')}
        </button>
      ) : null}
      {editing ? (
        <form onSubmit={save} noValidate>
          {error ? <ErrorNotice error={error} /> : null}
          <Field id={`${base}-altVi`} label={m('altVi')} error={fieldErrors.altVi}>
            <input
              {...controlOf(`${base}-altVi`, false, fieldErrors.altVi)}
              type="text"
              required
              aria-required="true"
              maxLength={300}
              value={alt.altVi}
              onInput={(event) => setAlt({ ...alt, altVi: event.currentTarget.value })}
            />
          </Field>
          <Field id={`${base}-altEn`} label={m('altEn')} error={fieldErrors.altEn}>
            <input
              {...controlOf(`${base}-altEn`, false, fieldErrors.altEn)}
              type="text"
              maxLength={300}
              value={alt.altEn}
              onInput={(event) => setAlt({ ...alt, altEn: event.currentTarget.value })}
            />
          </Field>
          <ActionButton type="submit" emphasis="primary" busy={busy}>
            {m('saveAlt')}
          </ActionButton>
          <button type="button" class="button button-quiet" onClick={() => setEditing(false)}>
            {m('cancel')}
          </button>
        </form>
      ) : null}
    </li>
  );
}
