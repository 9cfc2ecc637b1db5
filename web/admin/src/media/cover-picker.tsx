import { useState } from 'preact/hooks';
import type { Language } from '#shared/domain/text.ts';
import type { MediaAsset } from '../api/media.ts';
import { controlOf, Field } from '../components/ui.tsx';
import { useI18n } from '../context.ts';
import { useMediaWords } from './i18n.ts';
import { MediaLibraryDialog } from './library-dialog.tsx';

/**
 * An article's cover image, chosen from the media library (or uploaded there with its alt text first):
 * the cover takes the image's alt text in the article's language, which the editor may adapt.
 */
export type Cover = { key: string; alt: string; width?: number; height?: number; variants: number[] };

export const coverOf = (asset: MediaAsset, language: Language): Cover => ({
  key: asset.key,
  alt: (language === 'en' ? asset.altEn : undefined) ?? asset.altVi,
  variants: asset.variants,
  ...(asset.width ? { width: asset.width } : {}),
  ...(asset.height ? { height: asset.height } : {}),
});

export function CoverPicker(props: {
  cover: Cover | undefined;
  language: Language;
  onChange: (cover: Cover | undefined) => void;
  fileError?: string | undefined;
  altError?: string | undefined;
}) {
  const { t } = useI18n();
  const { m } = useMediaWords();
  const [open, setOpen] = useState(false);
  const { cover } = props;
  return (
    <fieldset class="field cover">
      <legend>{t('fieldCover')}</legend>
      {cover ? <img class="cover-preview" src={`/${cover.key}`} alt={cover.alt} /> : null}
      {props.fileError ? (
        <p class="field-error" id="article-cover-file-error">
          {props.fileError}
        </p>
      ) : null}
      <button
        type="button"
        id="article-cover-file"
        class="button button-secondary"
        aria-describedby={props.fileError ? 'article-cover-file-error' : undefined}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {m('coverDialogTitle')}
      </button>
      {open ? (
        <MediaLibraryDialog
          id="cover-library"
          title={m('coverDialogTitle')}
          onClose={() => setOpen(false)}
          onPick={(asset) => {
            setOpen(false);
            props.onChange(coverOf(asset, props.language));
          }}
        />
      ) : null}
      {cover ? (
        <>
          <Field
            id="article-cover-alt"
            label={t('fieldCoverAlt')}
            hint={t('fieldCoverAltHint')}
            error={props.altError}
          >
            <input
              {...controlOf('article-cover-alt', true, props.altError)}
              type="text"
              maxLength={300}
              value={cover.alt}
              onInput={(event) => props.onChange({ ...cover, alt: event.currentTarget.value })}
            />
          </Field>
          <button type="button" class="button button-quiet" onClick={() => props.onChange(undefined)}>
            {t('removeCover')}
          </button>
        </>
      ) : null}
    </fieldset>
  );
}
