import { useState } from 'preact/hooks';
import type { MediaAsset } from '../api/media.ts';
import { Dialog } from '../components/dialog.tsx';
import { LoadMore, ResourceStatus } from '../components/resource.tsx';
import { useMediaWords } from './i18n.ts';
import { AssetFacts, MediaSearch, thumbnailOf, UploadImageForm, useMediaList } from './parts.tsx';

/**
 * "Chèn từ thư viện": the media library in a modal dialog (components/dialog.tsx). The editor finds an image
 * by words of its alt text or file name, or uploads a new one with its alt text, and the choice comes back
 * with its alt text to be reused.
 */
export function MediaLibraryDialog(props: {
  id: string;
  title?: string;
  onPick: (asset: MediaAsset) => void;
  onClose: () => void;
}) {
  const { m } = useMediaWords();
  const [query, setQuery] = useState('');
  const list = useMediaList(query);
  const { resource, refresh } = list.first;
  return (
    <Dialog
      id={props.id}
      title={props.title ?? m('dialogTitle')}
      closeLabel={m('close')}
      onClose={props.onClose}
      initialFocus={`#${props.id}-search`}
    >
      <MediaSearch id={`${props.id}-search`} query={query} onSearch={setQuery} />
      <section aria-labelledby={`${props.id}-library`}>
        <h3 id={`${props.id}-library`}>{m('libraryTab')}</h3>
        <ResourceStatus resource={resource} onRetry={refresh} />
        {resource.state === 'ready' ? (
          <p role="status">
            {list.items.length === 0
              ? query
                ? m('noMatch', { q: query })
                : m('noImages')
              : m('resultCount', { count: list.items.length })}
          </p>
        ) : null}
        <ul class="media-grid">
          {list.items.map((asset) => (
            <li key={asset.id} class="media-card">
              <img src={thumbnailOf(asset)} alt="" loading="lazy" />
              <AssetFacts asset={asset} />
              <button
                type="button"
                class="button button-secondary"
                aria-label={m('chooseNamed', { alt: asset.altVi })}
                onClick={() => props.onPick(asset)}
              >
                {m('choose')}
              </button>
            </li>
          ))}
        </ul>
        <LoadMore list={list} />
      </section>
      <UploadImageForm id={`${props.id}-upload`} onUploaded={props.onPick} />
    </Dialog>
  );
}
