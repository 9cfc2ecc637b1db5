import { Editor } from '@tiptap/core';
import Image from '@tiptap/extension-image';
import Link from '@tiptap/extension-link';
import StarterKit from '@tiptap/starter-kit';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '../context.ts';
import type { MessageKey } from '../i18n.ts';
import { MediaLibraryDialog } from '../media/library-dialog.tsx';
import { useErrorText } from './ui.tsx';

/**
 * The article body: TipTap (ProseMirror) mounted into a div, with the marks and blocks the public pages
 * style — section headings h2/h3 (the page's h1 is the title), bold, italic, lists, links, quotes and
 * images uploaded to the media bucket. The server sanitizes the HTML again before storing it.
 *
 * The editable area is a role=textbox labelled by the visible "Nội dung" label, so assistive technology
 * and end-to-end tests find it by that name.
 */
export type RichTextProps = {
  id: string;
  initialHtml: string;
  labelId: string;
  describedBy?: string | undefined;
  invalid?: boolean;
  onChange: (html: string) => void;
  /**
   * Uploads an image with its (required) alt text into the media library and answers its public URL;
   * without it the editor offers no images, neither uploaded nor from the library.
   */
  uploadImage?: ((file: File, alt: string) => Promise<string>) | undefined;
  /** Which alt text an image from the library brings (the article's language); Vietnamese by default. */
  altLanguage?: 'vi' | 'en' | undefined;
};

type Panel = 'none' | 'link' | 'image';

export function RichText(props: RichTextProps) {
  const { t } = useI18n();
  const errorText = useErrorText();
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<Editor | null>(null);
  const onChange = useRef(props.onChange);
  onChange.current = props.onChange;
  // Re-render the toolbar when the selection or content changes, so pressed states stay true.
  const [, setTick] = useState(0);
  const [panel, setPanel] = useState<Panel>('none');
  const [linkUrl, setLinkUrl] = useState('');
  const [imageAlt, setImageAlt] = useState('');
  const [imageBusy, setImageBusy] = useState(false);
  const [imageError, setImageError] = useState<string | undefined>();
  const [libraryOpen, setLibraryOpen] = useState(false);
  const imageFile = useRef<HTMLInputElement>(null);
  const toolbar = useRef<HTMLDivElement>(null);
  const linkInput = useRef<HTMLInputElement>(null);

  // Dependencies: the editor is created once per mount; the parent remounts it (key) to load other content.
  useEffect(() => {
    if (!host.current) return;
    const editor = new Editor({
      element: host.current,
      content: props.initialHtml,
      extensions: [
        StarterKit.configure({
          heading: { levels: [2, 3] },
          code: false,
          codeBlock: false,
          horizontalRule: false,
          strike: false,
          underline: false,
          link: false,
        }),
        Link.configure({
          openOnClick: false,
          autolink: true,
          defaultProtocol: 'https',
          protocols: ['http', 'https', 'mailto', 'tel'],
          // Links open in the same window unless the reader chooses otherwise (no forced new tabs).
          HTMLAttributes: { target: null, rel: 'noopener noreferrer' },
        }),
        Image.configure({ inline: false }),
      ],
      editorProps: {
        attributes: {
          id: props.id,
          class: 'rich-text-content',
          role: 'textbox',
          'aria-multiline': 'true',
          'aria-labelledby': props.labelId,
          ...(props.describedBy ? { 'aria-describedby': props.describedBy } : {}),
          ...(props.invalid ? { 'aria-invalid': 'true' } : {}),
        },
      },
      onUpdate: ({ editor: current }) => onChange.current(current.isEmpty ? '' : current.getHTML()),
      onTransaction: () => setTick((tick) => tick + 1),
    });
    editorRef.current = editor;
    return () => {
      editor.destroy();
      editorRef.current = null;
    };
  }, []);

  // Keep the ARIA state in step with validation without recreating the editor.
  useEffect(() => {
    const dom = editorRef.current?.view.dom;
    if (!dom) return;
    if (props.invalid) dom.setAttribute('aria-invalid', 'true');
    else dom.removeAttribute('aria-invalid');
    if (props.describedBy) dom.setAttribute('aria-describedby', props.describedBy);
    else dom.removeAttribute('aria-describedby');
  }, [props.invalid, props.describedBy]);

  useEffect(() => {
    if (panel === 'link') linkInput.current?.focus();
    if (panel === 'image') imageFile.current?.focus();
  }, [panel]);

  // Roving tabindex: exactly one toolbar button is in the tab order, the one last used.
  const toolButtons = () => Array.from(toolbar.current?.querySelectorAll<HTMLButtonElement>('button') ?? []);
  const rove = (target: HTMLButtonElement) => {
    for (const candidate of toolButtons()) candidate.tabIndex = candidate === target ? 0 : -1;
  };
  useLayoutEffect(() => {
    const [first] = toolButtons();
    if (first) rove(first);
  }, []);
  const onToolbarFocus = (event: FocusEvent) => {
    if (event.target instanceof HTMLButtonElement) rove(event.target);
  };
  const onToolbarKey = (event: KeyboardEvent) => {
    const buttons = toolButtons().filter((candidate) => !candidate.disabled);
    const index =
      document.activeElement instanceof HTMLButtonElement ? buttons.indexOf(document.activeElement) : -1;
    if (index < 0 || buttons.length === 0) return;
    const next =
      event.key === 'ArrowRight'
        ? buttons[(index + 1) % buttons.length]
        : event.key === 'ArrowLeft'
          ? buttons[(index - 1 + buttons.length) % buttons.length]
          : event.key === 'Home'
            ? buttons[0]
            : event.key === 'End'
              ? buttons[buttons.length - 1]
              : undefined;
    if (!next) return;
    event.preventDefault();
    rove(next);
    next.focus();
  };

  const editor = editorRef.current;
  const active = (name: string, attributes?: Record<string, unknown>) =>
    editor?.isActive(name, attributes) ?? false;

  const button = (label: MessageKey, pressed: boolean | undefined, run: (editor: Editor) => void) => (
    <button
      type="button"
      class="tool"
      aria-pressed={pressed === undefined ? undefined : pressed}
      disabled={!editor}
      onMouseDown={(event) => event.preventDefault()}
      onClick={() => editor && run(editor)}
    >
      {t(label)}
    </button>
  );

  const openLink = () => {
    const href = editor?.getAttributes('link').href;
    setLinkUrl(typeof href === 'string' ? href : '');
    setPanel(panel === 'link' ? 'none' : 'link');
  };

  const applyLink = () => {
    if (!editor) return;
    const url = linkUrl.trim();
    const chain = editor.chain().focus().extendMarkRange('link');
    if (url) chain.setLink({ href: url }).run();
    else chain.unsetLink().run();
    setPanel('none');
  };

  const insertImage = async () => {
    const file = imageFile.current?.files?.[0];
    const upload = props.uploadImage;
    if (!editor || !file || !upload || imageBusy) return;
    if (!imageAlt.trim()) {
      setImageError(t('imageAltRequired'));
      document.getElementById(`${props.id}-image-alt`)?.focus();
      return;
    }
    setImageBusy(true);
    setImageError(undefined);
    try {
      const src = await upload(file, imageAlt.trim());
      editor.chain().focus().setImage({ src, alt: imageAlt.trim() }).run();
      setImageAlt('');
      setPanel('none');
    } catch (error) {
      setImageError(errorText(error));
    } finally {
      setImageBusy(false);
    }
  };

  const cancelPanel = () => {
    setPanel('none');
    editor?.commands.focus();
  };

  return (
    <div class="rich-text">
      {/* A toolbar is one tab stop; arrow keys, Home and End move between its buttons (WAI-ARIA APG). */}
      <div
        class="toolbar"
        role="toolbar"
        aria-label={t('toolbar')}
        aria-controls={props.id}
        ref={toolbar}
        onKeyDown={onToolbarKey}
        onFocusIn={onToolbarFocus}
      >
        {button('heading2', active('heading', { level: 2 }), (e) =>
          e.chain().focus().toggleHeading({ level: 2 }).run(),
        )}
        {button('heading3', active('heading', { level: 3 }), (e) =>
          e.chain().focus().toggleHeading({ level: 3 }).run(),
        )}
        {button('bold', active('bold'), (e) => e.chain().focus().toggleBold().run())}
        {button('italic', active('italic'), (e) => e.chain().focus().toggleItalic().run())}
        {button('bulletList', active('bulletList'), (e) => e.chain().focus().toggleBulletList().run())}
        {button('orderedList', active('orderedList'), (e) => e.chain().focus().toggleOrderedList().run())}
        {button('blockquote', active('blockquote'), (e) => e.chain().focus().toggleBlockquote().run())}
        <button
          type="button"
          class="tool"
          aria-expanded={panel === 'link'}
          aria-controls={`${props.id}-link-panel`}
          disabled={!editor}
          onClick={openLink}
        >
          {t('link')}
        </button>
        {props.uploadImage ? (
          <button
            type="button"
            class="tool"
            aria-expanded={panel === 'image'}
            aria-controls={`${props.id}-image-panel`}
            disabled={!editor}
            onClick={() => setPanel(panel === 'image' ? 'none' : 'image')}
          >
            {t('insertImage')}
          </button>
        ) : null}
        {props.uploadImage ? (
          <button type="button" class="tool" aria-haspopup="dialog" onClick={() => setLibraryOpen(true)}>
            {t('insertFromLibrary')}
          </button>
        ) : null}
        {button('undo', undefined, (e) => e.chain().focus().undo().run())}
        {button('redo', undefined, (e) => e.chain().focus().redo().run())}
      </div>

      <div id={`${props.id}-link-panel`} class="tool-panel" hidden={panel !== 'link'}>
        <label for={`${props.id}-link-url`}>{t('linkUrl')}</label>
        <input
          id={`${props.id}-link-url`}
          ref={linkInput}
          type="url"
          inputMode="url"
          value={linkUrl}
          onInput={(event) => setLinkUrl(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault();
              applyLink();
            } else if (event.key === 'Escape') cancelPanel();
          }}
        />
        <button type="button" class="button button-secondary" onClick={applyLink}>
          {linkUrl.trim() ? t('applyLink') : t('unlink')}
        </button>
        <button type="button" class="button button-quiet" onClick={cancelPanel}>
          {t('cancel')}
        </button>
      </div>

      {props.uploadImage ? (
        <div id={`${props.id}-image-panel`} class="tool-panel" hidden={panel !== 'image'}>
          <div class="field">
            <label for={`${props.id}-image-file`}>{t('imageFile')}</label>
            <input
              id={`${props.id}-image-file`}
              ref={imageFile}
              type="file"
              accept="image/jpeg,image/png,image/webp,image/gif"
            />
          </div>
          <div class="field">
            <label for={`${props.id}-image-alt`}>{t('imageAlt')}</label>
            <input
              id={`${props.id}-image-alt`}
              type="text"
              value={imageAlt}
              onInput={(event) => setImageAlt(event.currentTarget.value)}
            />
          </div>
          {imageError ? (
            <p class="field-error" role="alert">
              {imageError}
            </p>
          ) : null}
          <button
            type="button"
            class="button button-secondary"
            aria-disabled={imageBusy ? 'true' : undefined}
            aria-busy={imageBusy}
            onClick={insertImage}
          >
            {imageBusy ? t('uploading') : t('insertImageConfirm')}
          </button>
          <button type="button" class="button button-quiet" onClick={cancelPanel}>
            {t('cancel')}
          </button>
        </div>
      ) : null}

      {libraryOpen ? (
        <MediaLibraryDialog
          id={`${props.id}-library`}
          onClose={() => {
            setLibraryOpen(false);
            editorRef.current?.commands.focus();
          }}
          onPick={(asset) => {
            setLibraryOpen(false);
            const alt = (props.altLanguage === 'en' ? asset.altEn : undefined) ?? asset.altVi;
            editorRef.current?.chain().focus().setImage({ src: asset.url, alt }).run();
          }}
        />
      ) : null}

      <div ref={host} class="rich-text-host" />
    </div>
  );
}
