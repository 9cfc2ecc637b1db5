import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import {
  type FeedbackContact,
  type FeedbackItem,
  type FeedbackKind,
  feedbackKindSchema,
  type RejectionReason,
  rejectionReasonSchema,
} from '#shared/domain/feedback.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { feedbackApi } from '../api/feedback.ts';
import { ActionError, useAction } from '../components/decision-panel.tsx';
import { useAgencyList } from '../components/directory.ts';
import { fieldErrorsOf } from '../components/form.tsx';
import { formatDate } from '../components/format.ts';
import { useLoaded } from '../components/resource.tsx';
import { ActionButton, controlOf, ErrorNotice, Field, MetaList, useFocusOn } from '../components/ui.tsx';
import { useTopics } from './common.tsx';
import { useFeedbackWords } from './i18n.ts';

/**
 * The feedback officer's decisions on an item that is received or accepted: classify it (kind, subject),
 * forward it to the agency that must answer (and in how many working days), reject it with a coded reason,
 * or merge it into an original. Each is a small form of its own; what the server finds wrong shows beside
 * its field, and a 409 offers to reload. And the sender's contact, read on demand (the read is audited).
 */

type Errors<Name extends string> = Partial<Record<Name, string>>;

/**
 * One action on the item: its heading, fields, and button. `check` finds what can be found before asking
 * the server (focus goes to the first such field); the server's field errors are placed by `fieldOf`.
 */
function ActionForm<Name extends string>(props: {
  id: string;
  heading: string;
  intro?: string;
  submitLabel: string;
  emphasis: 'primary' | 'secondary' | 'warning';
  fieldIds: Record<Name, string>;
  fieldOf: (path: string) => Name | undefined;
  check?: () => Errors<Name>;
  send: () => Promise<FeedbackItem>;
  onDone: (item: FeedbackItem) => void;
  onReload: () => void;
  children: (errorOf: (name: Name) => string | undefined) => ComponentChildren;
}) {
  const { f, lang } = useFeedbackWords();
  const { busy, error, run } = useAction();
  const [errors, setErrors] = useState<Errors<Name>>({});
  const errorRef = useFocusOn(error);
  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    const found: Errors<Name> = props.check?.() ?? {};
    const first = (Object.keys(props.fieldIds) as Name[]).find((name) => found[name]);
    if (first) {
      setErrors(found);
      document.getElementById(props.fieldIds[first])?.focus();
      return;
    }
    setErrors({});
    await run(
      async () => props.onDone(await props.send()),
      (caught) => setErrors(fieldErrorsOf(caught, lang, props.fieldOf).fields),
    );
  };
  return (
    <form class="action-form" aria-labelledby={`${props.id}-heading`} onSubmit={submit} noValidate>
      <h3 id={`${props.id}-heading`}>{props.heading}</h3>
      {props.intro ? <p class="hint">{props.intro}</p> : null}
      <div ref={errorRef} tabIndex={-1}>
        <ActionError
          error={error}
          conflictTitle={f('conflict')}
          reloadLabel={f('reload')}
          onReload={props.onReload}
        />
      </div>
      {props.children((name) => errors[name])}
      <p class="actions">
        <ActionButton type="submit" emphasis={props.emphasis} busy={busy}>
          {props.submitLabel}
        </ActionButton>
      </p>
    </form>
  );
}

type Acted = { onActed: (item: FeedbackItem, message: string) => void; onReload: () => void };

function ClassifyForm(props: { item: FeedbackItem } & Acted) {
  const words = useFeedbackWords();
  const { f, lang } = words;
  const topics = useTopics();
  const [kind, setKind] = useState<FeedbackKind>(props.item.kind);
  const [topicSlug, setTopicSlug] = useState(props.item.topicSlug);
  return (
    <ActionForm
      id="classify"
      heading={f('classifyTitle')}
      submitLabel={f('classify')}
      emphasis="secondary"
      fieldIds={{ kind: 'classify-kind-phan-anh', topicSlug: 'classify-topic' }}
      fieldOf={(path) => (path === 'kind' || path === 'topicSlug' ? path : undefined)}
      send={() =>
        feedbackApi.classify(props.item.id, { kind, topicSlug, expectedVersion: props.item.version })
      }
      onDone={(item) => props.onActed(item, f('classified'))}
      onReload={props.onReload}
    >
      {(errorOf) => (
        <>
          <fieldset class={errorOf('kind') ? 'field-invalid' : undefined}>
            <legend>{f('fieldKind')}</legend>
            {errorOf('kind') ? <p class="field-error">{errorOf('kind')}</p> : null}
            <div class="radio-row">
              {feedbackKindSchema.options.map((option) => (
                <div class="radio" key={option}>
                  <input
                    id={`classify-kind-${option}`}
                    type="radio"
                    name="classify-kind"
                    checked={kind === option}
                    onChange={() => setKind(option)}
                  />
                  <label for={`classify-kind-${option}`}>{words.kind(option)}</label>
                </div>
              ))}
            </div>
          </fieldset>
          <Field id="classify-topic" label={f('fieldTopic')} error={errorOf('topicSlug')}>
            <select
              {...controlOf('classify-topic', false, errorOf('topicSlug'))}
              value={topicSlug}
              onChange={(event) => setTopicSlug(event.currentTarget.value)}
            >
              {(topics ?? []).some((topic) => topic.slug === topicSlug) ? null : (
                <option value={topicSlug}>{topicSlug}</option>
              )}
              {(topics ?? []).map((topic) => (
                <option key={topic.slug} value={topic.slug}>
                  {lang === 'en' ? topic.nameEn : topic.nameVi}
                  {topic.active ? '' : ` (${f('topicInactive')})`}
                </option>
              ))}
            </select>
          </Field>
        </>
      )}
    </ActionForm>
  );
}

function ForwardForm(props: { item: FeedbackItem } & Acted) {
  const { f, lang } = useFeedbackWords();
  const agencies = useAgencyList();
  const settings = useLoaded(feedbackApi.settings);
  const declined = props.item.timeline.filter((event) => event.type === 'declined').at(-1);
  // The agency the sender named, if any, as the first suggestion.
  const [agencyId, setAgencyId] = useState(declined ? '' : (props.item.concerns.agencyId ?? ''));
  const [days, setDays] = useState('');
  const defaultDays = settings?.answerWorkingDays;
  return (
    <ActionForm
      id="forward"
      heading={f('forwardTitle')}
      intro={declined ? f('forwardAfterDecline', { agency: declined.agencyName ?? '' }) : undefined}
      submitLabel={f('forward')}
      emphasis="primary"
      fieldIds={{ agencyId: 'forward-agency', answerWorkingDays: 'forward-days' }}
      fieldOf={(path) => (path === 'agencyId' || path === 'answerWorkingDays' ? path : undefined)}
      check={() => ({
        ...(agencyId ? {} : { agencyId: f('chooseAgencyRequired') }),
        ...(days === '' || /^\d{1,2}$/.test(days) ? {} : { answerWorkingDays: f('daysInvalid') }),
      })}
      send={() =>
        feedbackApi.forward(props.item.id, {
          agencyId,
          ...(days ? { answerWorkingDays: Number(days) } : {}),
          expectedVersion: props.item.version,
        })
      }
      onDone={(item) => {
        const agency = agencies?.find((candidate) => candidate.id === item.agencyId);
        props.onActed(
          item,
          f('forwarded', {
            agency: agency ? (lang === 'en' ? agency.nameEn : agency.nameVi) : (item.agencyId ?? ''),
            date: item.answerDueOn ? formatDate(item.answerDueOn) : '',
          }),
        );
      }}
      onReload={props.onReload}
    >
      {(errorOf) => (
        <>
          <Field id="forward-agency" label={f('fieldAgency')} error={errorOf('agencyId')}>
            <select
              {...controlOf('forward-agency', false, errorOf('agencyId'))}
              value={agencyId}
              onChange={(event) => setAgencyId(event.currentTarget.value)}
            >
              <option value="">{f('chooseAgency')}</option>
              {(agencies ?? []).map((agency) => (
                <option key={agency.id} value={agency.id}>
                  {lang === 'en' ? agency.nameEn : agency.nameVi}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="forward-days"
            label={f('fieldAnswerDays')}
            hint={
              defaultDays === undefined
                ? f('fieldAnswerDaysHintLoading')
                : f('fieldAnswerDaysHint', { n: defaultDays })
            }
            error={errorOf('answerWorkingDays')}
          >
            <input
              {...controlOf('forward-days', true, errorOf('answerWorkingDays'))}
              class="input-short"
              type="text"
              inputMode="numeric"
              placeholder={defaultDays === undefined ? undefined : String(defaultDays)}
              value={days}
              onInput={(event) => setDays(event.currentTarget.value.trim())}
            />
          </Field>
        </>
      )}
    </ActionForm>
  );
}

function RejectForm(props: { item: FeedbackItem } & Acted) {
  const words = useFeedbackWords();
  const { f } = words;
  const [reason, setReason] = useState<RejectionReason | ''>('');
  const [duplicateOf, setDuplicateOf] = useState('');
  const [note, setNote] = useState('');
  return (
    <ActionForm
      id="reject"
      heading={f('rejectTitle')}
      intro={f('rejectIntro')}
      submitLabel={f('reject')}
      emphasis="warning"
      fieldIds={{ reason: 'reject-reason', duplicateOf: 'reject-duplicate-of', note: 'reject-note' }}
      fieldOf={(path) => (path === 'reason' || path === 'duplicateOf' || path === 'note' ? path : undefined)}
      check={() => ({
        ...(reason ? {} : { reason: f('reasonRequired') }),
        ...(reason === 'duplicate' && duplicateOf.trim() === ''
          ? { duplicateOf: f('duplicateOfRequired') }
          : {}),
      })}
      send={() =>
        feedbackApi.reject(props.item.id, {
          reason: reason || 'insufficient-information',
          ...(note.trim() ? { note: note.trim() } : {}),
          ...(reason === 'duplicate' ? { duplicateOf: duplicateOf.trim() } : {}),
          expectedVersion: props.item.version,
        })
      }
      onDone={(item) => props.onActed(item, f('rejected'))}
      onReload={props.onReload}
    >
      {(errorOf) => (
        <>
          <Field id="reject-reason" label={f('fieldReason')} error={errorOf('reason')}>
            <select
              {...controlOf('reject-reason', false, errorOf('reason'))}
              value={reason}
              onChange={(event) => {
                const parsed = rejectionReasonSchema.safeParse(event.currentTarget.value);
                setReason(parsed.success ? parsed.data : '');
              }}
            >
              <option value="">{f('chooseReason')}</option>
              {rejectionReasonSchema.options.map((option) => (
                <option key={option} value={option}>
                  {words.reason(option)}
                </option>
              ))}
            </select>
          </Field>
          {reason === 'duplicate' ? (
            <Field
              id="reject-duplicate-of"
              label={f('fieldDuplicateOf')}
              hint={f('codeHint')}
              error={errorOf('duplicateOf')}
            >
              <input
                {...controlOf('reject-duplicate-of', true, errorOf('duplicateOf'))}
                type="text"
                maxLength={40}
                value={duplicateOf}
                onInput={(event) => setDuplicateOf(event.currentTarget.value)}
              />
            </Field>
          ) : null}
          <Field
            id="reject-note"
            label={f('fieldRejectNote')}
            hint={f('fieldRejectNoteHint')}
            error={errorOf('note')}
          >
            <textarea
              {...controlOf('reject-note', true, errorOf('note'))}
              rows={3}
              maxLength={2000}
              value={note}
              onInput={(event) => setNote(event.currentTarget.value)}
            />
          </Field>
        </>
      )}
    </ActionForm>
  );
}

function MergeForm(props: { item: FeedbackItem } & Acted) {
  const { f } = useFeedbackWords();
  const [into, setInto] = useState('');
  return (
    <ActionForm
      id="merge"
      heading={f('mergeTitle')}
      intro={f('mergeIntro')}
      submitLabel={f('merge')}
      emphasis="secondary"
      fieldIds={{ into: 'merge-into' }}
      fieldOf={(path) => (path === 'into' ? path : undefined)}
      check={() => (into.trim() ? {} : { into: f('mergeIntoRequired') })}
      send={() =>
        feedbackApi.merge(props.item.id, { into: into.trim(), expectedVersion: props.item.version })
      }
      onDone={(item) => props.onActed(item, f('merged', { code: item.mergedInto?.code ?? into.trim() }))}
      onReload={props.onReload}
    >
      {(errorOf) => (
        <Field id="merge-into" label={f('fieldMergeInto')} hint={f('codeHint')} error={errorOf('into')}>
          <input
            {...controlOf('merge-into', true, errorOf('into'))}
            type="text"
            maxLength={40}
            value={into}
            onInput={(event) => setInto(event.currentTarget.value)}
          />
        </Field>
      )}
    </ActionForm>
  );
}

/** The officer's decisions, offered while the item waits for routing (received or accepted). */
export function OfficerActions(
  props: { item: FeedbackItem; can: Record<'classify' | 'forward' | 'reject' | 'merge', boolean> } & Acted,
) {
  const { f } = useFeedbackWords();
  const { item } = props;
  if (item.status !== 'received' && item.status !== 'accepted') return null;
  // A new version means a new state: the forms start again from it.
  const key = item.version;
  return (
    <section class="panel officer-actions" aria-labelledby="officer-actions-heading">
      <h2 id="officer-actions-heading">{f('officerActions')}</h2>
      {props.can.forward ? <ForwardForm key={`forward-${key}`} {...props} /> : null}
      {props.can.classify ? <ClassifyForm key={`classify-${key}`} {...props} /> : null}
      {props.can.merge ? <MergeForm key={`merge-${key}`} {...props} /> : null}
      {props.can.reject ? <RejectForm key={`reject-${key}`} {...props} /> : null}
    </section>
  );
}

/**
 * The sender's contact behind a button: each read is written to the item's history (the API audits it),
 * so it is read when needed, not whenever the item is opened.
 */
export function ContactPanel(props: { itemId: string; onRead: () => void }) {
  const { f, lang } = useFeedbackWords();
  const [contact, setContact] = useState<FeedbackContact | undefined>();
  const { busy, error, run } = useAction();
  const shown = useFocusOn(contact);
  const read = () =>
    run(async () => {
      setContact(await feedbackApi.contact(props.itemId));
      props.onRead();
    });
  return (
    <section aria-labelledby="contact-heading">
      <h2 id="contact-heading">{f('contactTitle')}</h2>
      {contact ? (
        <div ref={shown} tabIndex={-1}>
          <MetaList
            grid
            items={[
              [f('contactName'), contact.name],
              [
                f('contactType'),
                f(contact.senderType === 'organisation' ? 'senderOrganisation' : 'senderCitizen'),
              ],
              Boolean(contact.organisation) && [f('contactOrganisation'), contact.organisation],
              [f('contactAddress'), contact.address],
              Boolean(contact.phone) && [f('contactPhone'), contact.phone],
              Boolean(contact.email) && [f('contactEmail'), contact.email],
              [
                f('contactConsent'),
                f('contactConsentValue', {
                  at: formatDateTime(contact.consent.at, lang),
                  version: contact.consent.noticeVersion,
                }),
              ],
            ]}
          />
        </div>
      ) : (
        <>
          <p class="hint" id="contact-hint">
            {f('contactHint')}
          </p>
          {error ? <ErrorNotice error={error} /> : null}
          <button
            type="button"
            class="button button-secondary"
            aria-describedby="contact-hint"
            aria-disabled={busy ? 'true' : undefined}
            onClick={() => void read()}
          >
            {f('showContact')}
          </button>
        </>
      )}
    </section>
  );
}
