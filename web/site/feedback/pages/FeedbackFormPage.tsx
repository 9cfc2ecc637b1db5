import {
  type FeedbackSubmission,
  type FeedbackTopic,
  feedbackKindLabels,
  feedbackKindSchema,
} from '#shared/domain/feedback.ts';
import type { FieldProblem } from '#shared/domain/problem.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '../../context.ts';
import { FeedbackLayout } from '../components/FeedbackLayout.tsx';
import {
  type Bilingual,
  Checkbox,
  describedBy,
  ErrorMessage,
  ErrorSummary,
  RadioGroup,
  Select,
  TextArea,
  TextInput,
} from '../components/FormFields.tsx';
import { orderedTopics } from '../components/TopicNav.tsx';
import { type AgencyName, errorsFor, type FeedbackSettings } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';

/** What the person typed, as the browser sent it (strings, unparsed): the form shows it again. */
export type FeedbackFormValues = Partial<Record<keyof FeedbackSubmission, string>>;

export type FeedbackFormModel = {
  /** Every subject; the form offers the active ones. */
  topics: FeedbackTopic[];
  /** The directory's agencies, for the optional "agency concerned". */
  agencies: AgencyName[];
  settings: Pick<FeedbackSettings, 'retentionDays' | 'noticeVersion'>;
  /** After a failed post: everything typed, the consent box as it was, and the field errors. */
  values?: FeedbackFormValues;
  errors?: FieldProblem[];
};

/**
 * The form's fields by name (the paths of the problem document's field errors): the id an error summary
 * links to and the field's name in both languages. `website` (the honeypot), `consentNoticeVersion` and
 * `formToken` are absent on purpose: nobody can correct them, so their errors are listed as text.
 */
export const feedbackFormFields = {
  kind: { id: 'fb-kind', label: text.kind },
  topicSlug: { id: 'fb-topic', label: text.topic },
  agencyId: { id: 'fb-agency', label: text.agency },
  documentNumber: { id: 'fb-document-number', label: text.documentNumber },
  procedure: { id: 'fb-procedure', label: text.procedure },
  title: { id: 'fb-title', label: text.title },
  content: { id: 'fb-content', label: text.content },
  attachments: { id: 'fb-attachments', label: text.attachments },
  senderType: { id: 'fb-sender-type', label: text.senderType },
  organisation: { id: 'fb-organisation', label: text.organisation },
  name: { id: 'fb-name', label: text.name },
  address: { id: 'fb-address', label: text.address },
  phone: { id: 'fb-phone', label: text.phone },
  email: { id: 'fb-email', label: text.email },
  consent: { id: 'fb-consent', label: text.consent },
} satisfies Record<string, { id: string; label: Bilingual }>;

type FormField = keyof typeof feedbackFormFields;

const ACCEPTED_FILE_TYPES = 'image/jpeg,image/png,application/pdf';

/**
 * The feedback form: a plain multipart POST to the submission API, so it works with JavaScript off. The
 * publisher renders it empty; the API renders it again after a failed post, with what was typed and the
 * errors (a summary on top, each error at its field; the title starts with "Lỗi: ").
 */
export function FeedbackFormPage({ ctx, model }: { ctx: SiteContext; model: FeedbackFormModel }) {
  const values = model.values ?? {};
  const errors = model.errors ?? [];
  const failed = errors.length > 0;
  const value = (name: keyof FeedbackSubmission) => values[name] ?? '';
  const field = (name: FormField) => ({
    id: feedbackFormFields[name].id,
    name,
    label: feedbackFormFields[name].label.vi,
    errors: errorsFor(errors, name),
  });
  const topics = orderedTopics(model.topics.filter((topic) => topic.active));
  const attachments = field('attachments');
  const againId = `${attachments.id}-again`;
  return (
    <FeedbackLayout
      ctx={ctx}
      title={`${failed ? text.errorTitlePrefix : ''}${text.formTitle}`}
      description={text.formIntro}
      // The form sent back with errors holds what someone typed: no canonical, not indexed.
      canonicalPath={failed ? undefined : sitePaths.feedbackForm()}
      trail={[]}
      current={text.formTitle}
    >
      <div class="fb-form-page">
        <h1>{text.formTitle}</h1>
        <ErrorSummary errors={errors} fields={feedbackFormFields} />
        <p>{text.formIntro}</p>
        <p>{text.formNoComplaints}</p>
        {/* novalidate: the server's messages, in both languages, rather than the browser's bubbles. */}
        <form
          class="fb-form"
          method="post"
          enctype="multipart/form-data"
          action={sitePaths.feedbackSubmitApi()}
          novalidate
        >
          <input type="hidden" name="consentNoticeVersion" value={model.settings.noticeVersion} />
          {values.formToken ? <input type="hidden" name="formToken" value={values.formToken} /> : null}
          <div class="fb-form__part">
            <h2 class="block__title">{text.aboutSubmission}</h2>
            <RadioGroup
              {...field('kind')}
              label={text.kindLegend}
              value={value('kind') || 'phan-anh'}
              options={feedbackKindSchema.options.map((kind) => ({
                value: kind,
                label: feedbackKindLabels[kind].vi,
                hint: text.kindHints[kind],
              }))}
            />
            <Select
              {...field('topicSlug')}
              value={value('topicSlug')}
              options={[
                { value: '', label: text.chooseTopic },
                ...topics.map((topic) => ({ value: topic.slug, label: topic.nameVi })),
              ]}
            />
            <Select
              {...field('agencyId')}
              optional
              hint={text.agencyHint}
              value={value('agencyId')}
              options={[
                { value: '', label: text.agencyUnknown },
                ...model.agencies.map((agency) => ({ value: agency.id, label: agency.nameVi })),
              ]}
            />
            <TextInput
              {...field('documentNumber')}
              optional
              hint={text.documentNumberHint}
              value={value('documentNumber')}
              width="medium"
              spellcheck={false}
            />
            <TextInput
              {...field('procedure')}
              optional
              hint={text.procedureHint}
              value={value('procedure')}
            />
            <TextInput {...field('title')} hint={text.titleHint} value={value('title')} />
            <TextArea {...field('content')} hint={text.contentHint} value={value('content')} rows={10} />
            <div class={attachments.errors.length > 0 ? 'field field--error' : 'field'}>
              <label class="field__label" for={attachments.id}>
                {attachments.label}
                <span class="field__optional"> {text.optional}</span>
              </label>
              <p class="field__hint" id={`${attachments.id}-hint`}>
                {text.attachmentsHint}
              </p>
              {failed ? (
                <p class="field__hint field__hint--strong" id={againId}>
                  {text.attachmentsAgain.vi} <span lang="en">{text.attachmentsAgain.en}</span>
                </p>
              ) : null}
              <ErrorMessage id={attachments.id} errors={attachments.errors} />
              <input
                class="file-input"
                type="file"
                id={attachments.id}
                name="attachments"
                multiple
                accept={ACCEPTED_FILE_TYPES}
                aria-invalid={attachments.errors.length > 0 ? 'true' : undefined}
                aria-describedby={describedBy(
                  `${attachments.id}-hint`,
                  failed && againId,
                  attachments.errors.length > 0 && `${attachments.id}-error`,
                )}
              />
            </div>
          </div>
          <div class="fb-form__part">
            <h2 class="block__title">{text.aboutSender}</h2>
            <RadioGroup
              {...field('senderType')}
              label={text.senderTypeLegend}
              inline
              value={value('senderType') || 'citizen'}
              options={[
                { value: 'citizen', label: text.senderTypes.citizen },
                { value: 'organisation', label: text.senderTypes.organisation },
              ]}
            />
            <TextInput
              {...field('organisation')}
              optional
              hint={text.organisationHint}
              value={value('organisation')}
              autocomplete="organization"
            />
            <TextInput {...field('name')} value={value('name')} autocomplete="name" spellcheck={false} />
            <TextInput
              {...field('address')}
              hint={text.addressHint}
              value={value('address')}
              autocomplete="street-address"
            />
            <p class="fb-contact-note" id="fb-contact-note">
              {text.contactNote}
            </p>
            <TextInput
              {...field('phone')}
              type="tel"
              hint={text.phoneHint}
              notes={['fb-contact-note']}
              value={value('phone')}
              autocomplete="tel"
              width="medium"
            />
            <TextInput
              {...field('email')}
              type="email"
              hint={text.emailHint}
              notes={['fb-contact-note']}
              value={value('email')}
              autocomplete="email"
              spellcheck={false}
            />
            {/*
              The honeypot: people leave it empty, bots fill every field. Moved off screen by a class (some
              bots skip fields hidden with display:none), out of the tab order, and labelled for the screen
              reader user who reads it anyway.
            */}
            <div class="fb-trap">
              <label for="fb-website">{text.honeypot}</label>
              <input type="text" id="fb-website" name="website" value="" tabindex={-1} autocomplete="off" />
            </div>
          </div>
          <div class="fb-form__part">
            <h2 class="block__title" id="fb-privacy-title">
              {text.privacyTitle}
            </h2>
            <dl class="fb-privacy" id="fb-privacy">
              {text.privacy(model.settings.retentionDays, model.settings.noticeVersion).map((entry) => (
                <>
                  <dt>{entry.term}</dt>
                  <dd>{entry.text}</dd>
                </>
              ))}
            </dl>
            <Checkbox
              {...field('consent')}
              label={text.consentLabel}
              value="yes"
              checked={values.consent === 'yes'}
            />
          </div>
          <button type="submit" class="button button--primary">
            {text.submit}
          </button>
        </form>
      </div>
    </FeedbackLayout>
  );
}
