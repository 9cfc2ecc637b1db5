import type { FieldProblem } from '#shared/domain/problem.ts';
import { sitePaths } from '#shared/site/urls.ts';
import type { SiteContext } from '../../context.ts';
import { FeedbackLayout } from '../components/FeedbackLayout.tsx';
import { ErrorSummary, TextInput } from '../components/FormFields.tsx';
import { errorsFor } from '../format.ts';
import { feedbackLabels as text } from '../i18n.ts';

export type FeedbackLookupModel = {
  /** The code as typed, when the API sends the page back. */
  code?: string;
  /** No item has that code. */
  notFound?: boolean;
  /** The code is not a tracking code at all (the problem document's field errors). */
  errors?: FieldProblem[];
};

const codeField = { id: 'lookup-code', label: text.code };

/**
 * Look up an item by its tracking code: a GET form to the tracking API, which answers with the tracking
 * page, or with this page again (the code kept, an error at the field) when the code is wrong or unknown.
 */
export function FeedbackLookupPage({ ctx, model }: { ctx: SiteContext; model: FeedbackLookupModel }) {
  const code = model.code ?? '';
  const errors: FieldProblem[] = [
    ...(model.errors ?? []),
    ...(model.notFound
      ? [{ path: 'code', message: text.notFound(code).vi, messageEn: text.notFound(code).en }]
      : []),
  ];
  const failed = errors.length > 0;
  return (
    <FeedbackLayout
      ctx={ctx}
      title={`${failed ? text.errorTitlePrefix : ''}${text.lookupTitle}`}
      description={text.lookupIntro}
      canonicalPath={failed || code !== '' ? undefined : sitePaths.feedbackLookup()}
      trail={[]}
      current={text.lookupTitle}
    >
      <div class="fb-form-page">
        <h1>{text.lookupTitle}</h1>
        <ErrorSummary errors={errors} fields={{ code: codeField }} />
        <p>{text.lookupIntro}</p>
        <form class="fb-form" method="get" action={sitePaths.feedbackTrackApi()} novalidate>
          <TextInput
            id={codeField.id}
            name="code"
            label={codeField.label.vi}
            hint={text.codeHint}
            value={code}
            errors={errorsFor(errors, 'code')}
            width="medium"
            autocomplete="off"
            spellcheck={false}
          />
          <button type="submit" class="button button--primary">
            {text.lookupSubmit}
          </button>
        </form>
      </div>
    </FeedbackLayout>
  );
}
