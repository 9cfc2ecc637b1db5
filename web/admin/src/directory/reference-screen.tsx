import { useCallback, useRef, useState } from 'preact/hooks';
import type { AuditEntry } from '#shared/domain/audit.ts';
import {
  type ReferenceDraft,
  type ReferenceField,
  ReferenceForm,
  type ReferenceFormWords,
} from '../components/reference-form.tsx';
import { ItemHistory } from './history.tsx';
import { useDirectoryWords } from './i18n.ts';

/**
 * What the organisation's screens (units, focal points, links) share: the item being edited, the item whose
 * history is open, the status message; each row's "edit" and "history" buttons; under the table, the open
 * history and the form (a new item, or the one being edited).
 */
export function useReferenceScreen<Item>(history: (item: Item) => Promise<AuditEntry[]>) {
  const [editing, setEditing] = useState<Item | undefined>();
  const [historyOf, setHistoryOf] = useState<Item | undefined>();
  const [message, setMessage] = useState<string | undefined>();
  // The loader is a new function each render; the history reloads only when another item's is opened.
  const loader = useRef(history);
  loader.current = history;
  const loadHistory = useCallback(
    () => (historyOf ? loader.current(historyOf) : Promise.resolve([])),
    [historyOf],
  );
  return { editing, setEditing, historyOf, setHistoryOf, message, setMessage, loadHistory };
}
export type ReferenceScreen<Item> = ReturnType<typeof useReferenceScreen<Item>>;

export function RowActions<Item>(props: { screen: ReferenceScreen<Item>; item: Item; name: string }) {
  const { d } = useDirectoryWords();
  return (
    <td class="row-actions">
      <button type="button" class="button button-quiet" onClick={() => props.screen.setEditing(props.item)}>
        {d('editItem', { name: props.name })}
      </button>
      <button type="button" class="button button-quiet" onClick={() => props.screen.setHistoryOf(props.item)}>
        {d('showHistory', { name: props.name })}
      </button>
    </td>
  );
}

export function ReferenceEditor<Name extends string, Item extends { id: string; version: number }>(props: {
  screen: ReferenceScreen<Item>;
  ready: boolean;
  idPrefix: string;
  fields: readonly ReferenceField<Name>[];
  initial: ReferenceDraft<Name>;
  name: (item: Item) => string;
  words: Omit<ReferenceFormWords, 'editTitle'> & { editTitle: (name: string) => string };
  submit: (draft: ReferenceDraft<Name>) => Promise<Item>;
  saved: (name: string, created: boolean) => string;
  refresh: () => void;
}) {
  const { screen } = props;
  const { editing, historyOf } = screen;
  return (
    <>
      {historyOf ? (
        <ItemHistory key={historyOf.id} name={props.name(historyOf)} load={screen.loadHistory} />
      ) : null}
      {props.ready ? (
        <ReferenceForm
          key={editing ? `${editing.id}-${editing.version}` : 'new'}
          idPrefix={props.idPrefix}
          fields={props.fields}
          editing={editing}
          initial={props.initial}
          words={{ ...props.words, editTitle: editing ? props.words.editTitle(props.name(editing)) : '' }}
          submit={props.submit}
          onCancel={() => screen.setEditing(undefined)}
          onReload={props.refresh}
          onSaved={(saved, created) => {
            screen.setEditing(undefined);
            screen.setMessage(props.saved(props.name(saved), created));
            props.refresh();
          }}
        />
      ) : null}
    </>
  );
}
