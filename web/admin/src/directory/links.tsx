import { useState } from 'preact/hooks';
import {
  type ExternalLink,
  type LinkCheck,
  type LinkGroup,
  linkGroupLabels,
  linkGroupSchema,
} from '#shared/domain/organisation.ts';
import { formatDateTime } from '#shared/time/vietnam.ts';
import { organisationApi } from '../api/organisation.ts';
import { type ReferenceDraft, type ReferenceField, typedNumber } from '../components/reference-form.tsx';
import { useResource } from '../components/resource.tsx';
import { ItemTable } from '../components/table.tsx';
import { ActionButton, Forbidden, PageTitle, StatusMessage, useDocumentTitle } from '../components/ui.tsx';
import { useSession } from '../context.ts';
import { can } from '../permissions.ts';
import { useDirectoryWords } from './i18n.ts';
import { ReferenceEditor, RowActions, useReferenceScreen } from './reference-screen.tsx';

/**
 * The links page's links, kept by the administrator, and the daily check of every external address (these
 * links and the agencies' websites): the dead ones first, with the reason and since when.
 */
type Name = 'id' | 'group' | 'nameVi' | 'nameEn' | 'url' | 'order';

const groups = linkGroupSchema.options;
const isGroup = (value: string): value is LinkGroup => groups.some((group) => group === value);

const draftOf = (link: ExternalLink | undefined): ReferenceDraft<Name> =>
  link
    ? {
        id: link.id,
        group: link.group,
        nameVi: link.nameVi,
        nameEn: link.nameEn,
        url: link.url,
        order: String(link.order),
      }
    : { id: '', group: 'ministry', nameVi: '', nameEn: '', url: '', order: '10' };

function DeadLinks(props: { checks: LinkCheck[] }) {
  const { d, lang } = useDirectoryWords();
  const dead = props.checks.filter((check) => check.state === 'dead');
  return (
    <section class="panel" aria-labelledby="dead-links-heading">
      <h2 id="dead-links-heading">{d('deadLinksTitle')}</h2>
      {dead.length === 0 ? (
        <p>{d('deadLinksNone')}</p>
      ) : (
        <table class="table" data-dead-links="">
          <caption>{d('deadLinksCaption', { count: String(dead.length) })}</caption>
          <thead>
            <tr>
              <th scope="col">{d('colAddress')}</th>
              <th scope="col">{d('colReason')}</th>
              <th scope="col">{d('colDeadSince')}</th>
            </tr>
          </thead>
          <tbody>
            {dead.map((check) => (
              <tr key={check.url}>
                <th scope="row" class="wrap-anywhere">
                  {check.url}
                </th>
                <td>{check.status ? `HTTP ${check.status}` : (check.error ?? '')}</td>
                <td>{formatDateTime(check.deadSince ?? check.checkedAt, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function LinksPage() {
  const { d, lang } = useDirectoryWords();
  const { session } = useSession();
  useDocumentTitle(d('linksTitle'));
  const allowed = can.manageLinks(session.principal);
  const mayCheck = can.readLinkChecks(session.principal);
  const { resource, refresh } = useResource(
    () =>
      allowed
        ? Promise.all([
            organisationApi.links(),
            mayCheck ? organisationApi.linkChecks() : Promise.resolve([]),
          ]).then(([links, checks]) => ({ links, checks }))
        : Promise.resolve({ links: [], checks: [] }),
    [allowed, mayCheck],
  );
  const screen = useReferenceScreen((link: ExternalLink) => organisationApi.linkHistory(link.id));
  const { editing, message, setMessage } = screen;
  const [busy, setBusy] = useState(false);
  if (!allowed) return <Forbidden />;
  const ready = resource.state === 'ready' ? resource.value : { links: [], checks: [] };
  const checkOf = new Map(ready.checks.map((check) => [check.url, check]));
  const links = [...ready.links].sort(
    (a, b) => groups.indexOf(a.group) - groups.indexOf(b.group) || a.order - b.order,
  );
  const name = (link: ExternalLink) => (lang === 'en' ? link.nameEn : link.nameVi);
  const fields: ReferenceField<Name>[] = [
    {
      name: 'id',
      label: d('fieldCode'),
      hint: editing ? d('fieldCodeFixed') : d('fieldCodeHint'),
      max: 100,
      isKey: true,
    },
    {
      name: 'group',
      label: d('fieldGroup'),
      max: 40,
      control: { options: groups.map((group) => ({ value: group, label: linkGroupLabels[group][lang] })) },
    },
    { name: 'nameVi', label: d('fieldNameVi'), max: 200 },
    { name: 'nameEn', label: d('fieldNameEn'), max: 200 },
    { name: 'url', label: d('fieldUrl'), max: 500, control: 'url' },
    { name: 'order', label: d('fieldOrder'), max: 3, control: 'number' },
  ];
  const submit = (draft: ReferenceDraft<Name>) => {
    const values = {
      group: isGroup(draft.group) ? draft.group : 'other',
      nameVi: draft.nameVi,
      nameEn: draft.nameEn,
      url: draft.url.trim(),
      order: typedNumber(draft.order),
    };
    return editing
      ? organisationApi.updateLink(editing.id, { ...values, expectedVersion: editing.version })
      : organisationApi.createLink({ ...values, id: draft.id.trim() });
  };
  const checkNow = async () => {
    if (busy) return;
    setBusy(true);
    try {
      await organisationApi.checkLinksNow();
      setMessage(d('checkScheduled'));
    } finally {
      setBusy(false);
    }
  };
  const checkLabel = (link: ExternalLink) => {
    const check = checkOf.get(link.url);
    if (!check) return d('checkNever');
    return `${check.state === 'alive' ? d('checkAlive') : d('checkDead')} · ${formatDateTime(check.checkedAt, lang)}`;
  };
  return (
    <>
      <PageTitle>{d('linksTitle')}</PageTitle>
      <p class="intro">{d('linksIntro')}</p>
      <StatusMessage message={message} />
      {mayCheck && resource.state === 'ready' ? (
        <>
          <DeadLinks checks={ready.checks} />
          <p class="actions">
            <ActionButton emphasis="secondary" busy={busy} onClick={() => void checkNow()}>
              {d('checkNow')}
            </ActionButton>
            <button type="button" class="button button-quiet" onClick={() => void refresh()}>
              {d('reloadChecks')}
            </button>
          </p>
        </>
      ) : null}
      <ItemTable
        resource={resource}
        onRetry={() => void refresh()}
        items={links}
        empty={d('linksEmpty')}
        caption={d('linksCaption')}
        count={resource.state === 'ready' ? String(links.length) : undefined}
        columns={[
          d('fieldNameVi'),
          d('fieldGroup'),
          d('colCheck'),
          { label: d('colActions'), hidden: true as const },
        ]}
        row={(link) => (
          <tr key={link.id}>
            <th scope="row">
              {link.nameVi}
              <br />
              <span class="wrap-anywhere">{link.url}</span>
            </th>
            <td>{linkGroupLabels[link.group][lang]}</td>
            <td>{checkLabel(link)}</td>
            <RowActions screen={screen} item={link} name={name(link)} />
          </tr>
        )}
      />
      <ReferenceEditor
        screen={screen}
        ready={resource.state === 'ready'}
        idPrefix="link"
        fields={fields}
        initial={draftOf(editing)}
        name={name}
        words={{
          newTitle: d('newLinkTitle'),
          editTitle: (linkName) => d('editLinkTitle', { name: linkName }),
          create: d('createLink'),
          save: d('saveLink'),
          conflictTitle: d('linkConflict'),
        }}
        submit={submit}
        saved={(linkName, created) => d(created ? 'linkCreated' : 'linkSaved', { name: linkName })}
        refresh={() => void refresh()}
      />
    </>
  );
}
