import { useState } from 'preact/hooks';
import { anchorLabel } from '#shared/consultation/draft-text.ts';
import { type ChangedPart, changedParts, redlineOf } from '#shared/consultation/redline.ts';
import { versionStatuses } from '#shared/consultation/workflow.ts';
import type { DraftStructure, DraftVersion } from '#shared/domain/consultation.ts';
import { consultationPaths } from '#shared/site/consultation-pages.ts';
import { type ConsultationDetail, consultationApi } from '../api/consultation.ts';
import { FormErrors, type FormFields, failureOf, useFieldFailure } from '../components/form.tsx';
import { ActionButton, controlOf, Field } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { DraftTextField, FilesField, structureChecks, uploadAll } from './draft-fields.tsx';
import { useConsultationWords } from './i18n.ts';

/**
 * The versions of a consultation's draft for staff, and the panel that posts a new one after the period
 * closed: the revised text (pasted or read from a DOCX, checked by the same parser as the first draft), the
 * change note, files; once checked, the changed parts (the same redline the public page shows), each of which
 * may name the comments behind it instead of those of the report.
 */
type Name = 'draftText' | 'changeNote' | 'links';
const ids: Record<Name, string> = { draftText: 'cv-draft', changeNote: 'cv-note', links: 'cv-links' };
const fieldOf = (path: string): Name | undefined =>
  path === 'draftText' || path === 'changeNote' ? path : path.startsWith('links') ? 'links' : undefined;

const formatTime = (iso: string) =>
  new Date(iso).toLocaleString('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    dateStyle: 'short',
    timeStyle: 'short',
  });

function VersionForm(props: {
  detail: ConsultationDetail;
  previous: Pick<DraftVersion, 'draftText' | 'draft'>;
  onDone: (message: string) => void;
}) {
  const { c, lang } = useConsultationWords();
  const { consultation, comments } = props.detail;
  const [draftText, setDraftText] = useState(props.previous.draftText);
  const [changeNote, setChangeNote] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [structure, setStructure] = useState<{ text: string; parts: ChangedPart[] } | undefined>();
  const [named, setNamed] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const failure = useFieldFailure<Name>();
  const fields: FormFields<Name> = {
    order: ['draftText', 'changeNote', 'links'],
    idOf: (name) => ids[name],
    labelOf: (name) =>
      c(name === 'draftText' ? 'versionText' : name === 'changeNote' ? 'changeNote' : 'changedPartsTitle', {
        n: structure?.parts.length ?? 0,
      }),
  };
  const show = (parsed: DraftStructure) =>
    setStructure({
      text: c('structureOkSections', {
        chapters: parsed.chapters.length,
        sections: parsed.sections?.length ?? 0,
        articles: parsed.articles.length,
        clauses: parsed.articles.reduce((sum, article) => sum + article.clauses.length, 0),
      }),
      parts: changedParts(redlineOf(props.previous.draft, parsed)),
    });
  const { check, readDocx } = structureChecks<Name>({
    lang,
    failure,
    fieldOf,
    draftTextField: 'draftText',
    onReset: () => setStructure(undefined),
    onRead: (parsed, docxText) => {
      if (docxText !== undefined) setDraftText(docxText);
      show(parsed);
    },
  });
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    failure.setFailure(undefined);
    try {
      const fileKeys = await uploadAll(files);
      const posted = await consultationApi.postVersion(consultation.id, {
        expectedVersion: consultation.version,
        draftText,
        changeNote,
        fileKeys,
        links: Object.entries(named)
          .filter(([, commentIds]) => commentIds.length > 0)
          .map(([anchor, commentIds]) => ({ anchor, commentIds })),
      });
      props.onDone(c('versionPosted', { n: posted.number }));
    } catch (error) {
      failure.setFailure(failureOf(error, lang, fieldOf));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form onSubmit={submit} noValidate class="panel" aria-labelledby="new-version">
      <h3 id="new-version">{c('newVersion')}</h3>
      <p class="hint">{c('newVersionIntro')}</p>
      <FormErrors
        state={failure}
        fields={fields}
        conflict={{ title: c('conflict'), detail: c('conflictDetail'), reloadLabel: c('reload') }}
        onReload={() => window.location.reload()}
      />
      <DraftTextField
        id={ids.draftText}
        docxId="cv-docx"
        label={c('versionText')}
        hint={c('versionTextHint')}
        error={failure.errorOf('draftText')}
        value={draftText}
        onInput={(value) => {
          setDraftText(value);
          setStructure(undefined);
        }}
        onDocx={(file) => void readDocx(file)}
        onCheck={() => void check(draftText)}
        structure={structure?.text}
      />
      {structure ? (
        <fieldset id={ids.links}>
          <legend>{c('changedPartsTitle', { n: structure.parts.length })}</legend>
          {failure.errorOf('links') ? <p class="field-error">{failure.errorOf('links')}</p> : null}
          {structure.parts.length === 0 ? (
            <p>{c('changedPartsNone')}</p>
          ) : (
            <>
              <p class="hint">{c('changedPartsHint')}</p>
              {structure.parts.map((part) => {
                const key = `${part.removed ? 'old' : 'new'}-${part.anchor}`;
                const chosen = named[part.anchor] ?? [];
                return (
                  <fieldset key={key}>
                    <legend>
                      {anchorLabel(part.anchor)[lang]} ({c(`change_${part.change}`)})
                    </legend>
                    {comments.map((comment) => (
                      <div class="field field-checkbox" key={comment.id}>
                        <input
                          id={`cv-${key}-${comment.id}`}
                          type="checkbox"
                          checked={chosen.includes(comment.id)}
                          onChange={(event) => {
                            const checked = event.currentTarget.checked;
                            setNamed((previous) => ({
                              ...previous,
                              [part.anchor]: checked
                                ? [...chosen, comment.id]
                                : chosen.filter((id) => id !== comment.id),
                            }));
                          }}
                        />
                        <label for={`cv-${key}-${comment.id}`}>
                          {comment.authorLabel}: {comment.content.slice(0, 80)}
                        </label>
                      </div>
                    ))}
                  </fieldset>
                );
              })}
            </>
          )}
        </fieldset>
      ) : null}
      <Field
        id={ids.changeNote}
        label={c('changeNote')}
        hint={c('changeNoteHint')}
        error={failure.errorOf('changeNote')}
      >
        <textarea
          {...controlOf(ids.changeNote, true, failure.errorOf('changeNote'))}
          rows={4}
          value={changeNote}
          onInput={(event) => setChangeNote(event.currentTarget.value)}
        />
      </Field>
      <FilesField id="cv-files" label={c('versionFiles')} onChange={setFiles} />
      <p class="actions">
        <ActionButton type="submit" emphasis="primary" busy={busy}>
          {c('postVersion')}
        </ActionButton>
      </p>
    </form>
  );
}

/** The versions section of the consultation's detail, with the panel for a new version when it may be posted. */
export function VersionsSection(props: { detail: ConsultationDetail; onDone: (message: string) => void }) {
  const { c } = useConsultationWords();
  const { session } = useSession();
  const [open, setOpen] = useState(false);
  const { consultation, versions } = props.detail;
  const may = versionStatuses.includes(consultation.status) && can.postVersions(session.principal);
  if (versions.length === 0 && !may) return null;
  const previous = versions.at(-1) ?? consultation;
  return (
    <section aria-labelledby="versions">
      <h2 id="versions">{c('versionsTitle')}</h2>
      <ol>
        <li>
          {c('versionFirst')} · {formatTime(consultation.createdAt)}
        </li>
        {versions.map((version) => (
          <li key={version.number}>
            {c('versionLater', { n: version.number })} · {formatTime(version.postedAt)} · {version.postedBy} ·{' '}
            <a
              href={consultationPaths.version(consultation.slug, version.number)}
              target="_blank"
              rel="noopener"
            >
              {c('versionRedline', { n: version.number - 1 })}
            </a>
            <br />
            <span class="pre-wrap">{version.changeNote}</span>
          </li>
        ))}
      </ol>
      {may && !open ? (
        <p class="actions">
          <button type="button" class="button" onClick={() => setOpen(true)}>
            {c('newVersion')}
          </button>
        </p>
      ) : null}
      {may && open ? (
        <VersionForm
          key={consultation.version}
          detail={props.detail}
          previous={previous}
          onDone={(message) => {
            setOpen(false);
            props.onDone(message);
          }}
        />
      ) : null}
    </section>
  );
}
