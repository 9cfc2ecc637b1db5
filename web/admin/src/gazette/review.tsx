import { useState } from 'preact/hooks';
import {
  type LegalDocument,
  type ReviewChecklist,
  type ReviewCriterion,
  reviewCriteria,
} from '#shared/domain/gazette.ts';
import { gazetteApi } from '../api/gazette.ts';
import { ActionError } from '../components/decision-panel.tsx';
import { fieldErrorsOf } from '../components/form.tsx';
import { ResourceStatus, useResource } from '../components/resource.tsx';
import { ActionButton, controlOf, Field, useFocusOn } from '../components/ui.tsx';
import { useGazetteWords } from './i18n.ts';

type Criterion = ReviewCriterion;
type Choice = { pass: boolean | undefined; note: string };
type Choices = Record<Criterion, Choice>;

const undecided = (): Choices => ({
  authority: { pass: undefined, note: '' },
  content: { pass: undefined, note: '' },
  form: { pass: undefined, note: '' },
  format: { pass: undefined, note: '' },
  presentation: { pass: undefined, note: '' },
});

/** A decided checklist (every criterion the province checks chosen), or undefined. */
function checklistOf(choices: Choices, criteria: readonly Criterion[]): ReviewChecklist | undefined {
  const result = (criterion: Criterion) => {
    const { pass, note } = choices[criterion];
    return pass === undefined ? undefined : { pass, note: note.trim() };
  };
  if (criteria.some((criterion) => result(criterion) === undefined)) return undefined;
  const authority = result('authority');
  const form = result('form');
  if (!authority || !form) return undefined;
  const optional = (criterion: 'content' | 'format' | 'presentation') => {
    const found = criteria.includes(criterion) ? result(criterion) : undefined;
    return found ? { [criterion]: found } : {};
  };
  return { authority, form, ...optional('content'), ...optional('format'), ...optional('presentation') };
}

type Errors = Partial<Record<Criterion | 'note', string>>;

/**
 * The gazette officer's review of one document against the criteria the province checks (authority and
 * form, which the rules name, and those GAZETTE_REVIEW_CRITERIA adds; each in a fieldset whose
 * legend names it: Đạt / Không đạt and a note), then "Chấp nhận" — offered only when every criterion is
 * met — or "Trả lại để chỉnh sửa" with a note the agency will read.
 */
export function ReviewPanel(props: {
  document: LegalDocument;
  onReviewed: (document: LegalDocument, outcome: 'accept' | 'return') => void;
  onReload: () => void;
}) {
  const settings = useResource(() => gazetteApi.settings(), []);
  if (settings.resource.state !== 'ready') {
    return <ResourceStatus resource={settings.resource} onRetry={() => void settings.refresh()} />;
  }
  return <Checklist {...props} criteria={settings.resource.value.reviewCriteria} />;
}

function Checklist(props: {
  document: LegalDocument;
  criteria: readonly Criterion[];
  onReviewed: (document: LegalDocument, outcome: 'accept' | 'return') => void;
  onReload: () => void;
}) {
  const criteria = reviewCriteria.filter((criterion) => props.criteria.includes(criterion));
  const words = useGazetteWords();
  const { g, lang } = words;
  const [choices, setChoices] = useState<Choices>(undecided);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const errorRef = useFocusOn(error);

  const allMet = criteria.every((criterion) => choices[criterion].pass === true);
  const choose = (criterion: Criterion, change: Partial<Choice>) => {
    setChoices((previous) => ({ ...previous, [criterion]: { ...previous[criterion], ...change } }));
    if (change.pass !== undefined && errors[criterion]) {
      setErrors((previous) => ({ ...previous, [criterion]: undefined }));
    }
  };

  /** Marks the criteria not decided yet and puts focus on the first of them. */
  const missing = (): boolean => {
    const undecidedOnes = criteria.filter((criterion) => choices[criterion].pass === undefined);
    if (undecidedOnes.length === 0) return false;
    const found: Errors = {};
    for (const criterion of undecidedOnes) found[criterion] = g('criterionRequired');
    setErrors((previous) => ({ ...previous, ...found }));
    document.getElementById(`criterion-${undecidedOnes[0]}-pass`)?.focus();
    return true;
  };

  const decide = async (outcome: 'accept' | 'return') => {
    if (busy) return;
    setError(undefined);
    if (outcome === 'accept' && !allMet) {
      missing();
      return;
    }
    if (missing()) return;
    if (outcome === 'return' && note.trim().length < 5) {
      setErrors((previous) => ({ ...previous, note: g('decisionNoteRequired') }));
      document.getElementById('review-note')?.focus();
      return;
    }
    const checklist = checklistOf(choices, criteria);
    if (!checklist) return;
    setErrors({});
    setBusy(true);
    try {
      const updated = await gazetteApi.reviewDocument(props.document.id, {
        outcome,
        checklist,
        note: note.trim(),
        expectedVersion: props.document.version,
      });
      props.onReviewed(updated, outcome);
    } catch (caught) {
      const { fields } = fieldErrorsOf(caught, lang, (path): keyof Errors | undefined => {
        const [head, criterion] = path.split('.');
        if (head === 'note') return 'note';
        return head === 'checklist' ? reviewCriteria.find((candidate) => candidate === criterion) : undefined;
      });
      setErrors(fields);
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby="checklist-heading" class="panel review-panel">
      <h2 id="checklist-heading">{g('checklistTitle')}</h2>
      <p class="hint" id="checklist-intro">
        {g('checklistIntro')}
      </p>
      <div ref={errorRef} tabIndex={-1}>
        <ActionError
          error={error}
          conflictTitle={g('conflict')}
          reloadLabel={g('reload')}
          onReload={props.onReload}
        />
      </div>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void decide('accept');
        }}
      >
        {criteria.map((criterion) => {
          const choice = choices[criterion];
          const criterionError = errors[criterion];
          const name = words.criterion(criterion);
          const errorId = `criterion-${criterion}-error`;
          return (
            <fieldset
              key={criterion}
              class={`criterion${criterionError ? ' field-invalid' : ''}`}
              aria-describedby={criterionError ? errorId : undefined}
            >
              <legend>{name}</legend>
              {criterionError ? (
                <p class="field-error" id={errorId}>
                  {criterionError}
                </p>
              ) : null}
              <div class="radio-row">
                {([true, false] as const).map((pass) => {
                  const id = `criterion-${criterion}-${pass ? 'pass' : 'fail'}`;
                  return (
                    <div class="radio" key={id}>
                      <input
                        id={id}
                        type="radio"
                        name={`criterion-${criterion}`}
                        value={pass ? 'pass' : 'fail'}
                        checked={choice.pass === pass}
                        onChange={() => choose(criterion, { pass })}
                      />
                      <label for={id}>{pass ? g('pass') : g('fail')}</label>
                    </div>
                  );
                })}
              </div>
              <div class="field criterion-note">
                <label for={`criterion-${criterion}-note`}>{g('criterionNote', { criterion: name })}</label>
                <textarea
                  id={`criterion-${criterion}-note`}
                  rows={2}
                  maxLength={2000}
                  value={choice.note}
                  onInput={(event) => choose(criterion, { note: event.currentTarget.value })}
                />
              </div>
            </fieldset>
          );
        })}

        <Field id="review-note" label={g('decisionNote')} hint={g('decisionNoteHint')} error={errors.note}>
          <textarea
            {...controlOf('review-note', true, errors.note)}
            rows={4}
            maxLength={4000}
            value={note}
            onInput={(event) => {
              setNote(event.currentTarget.value);
              if (errors.note) setErrors((previous) => ({ ...previous, note: undefined }));
            }}
          />
        </Field>

        {allMet ? null : (
          <p class="hint" id="accept-blocked">
            {g('acceptBlocked')}
          </p>
        )}
        <p class="actions">
          {/* aria-disabled, not disabled: the button stays in the tab order and says why it does nothing. */}
          <button
            type="submit"
            class="button button-primary"
            aria-disabled={!allMet || busy ? 'true' : undefined}
            aria-describedby={allMet ? undefined : 'accept-blocked'}
          >
            {g('accept')}
          </button>
          <ActionButton emphasis="warning" busy={busy} onClick={() => void decide('return')}>
            {g('returnForCorrection')}
          </ActionButton>
        </p>
      </form>
    </section>
  );
}
