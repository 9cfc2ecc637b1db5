import type { ComponentChildren } from 'preact';
import { type Resource, ResourceStatus } from './resource.tsx';

/** A column's header; `hidden` ones are read by screen readers only (a column of buttons). */
export type Column = string | { label: string; hidden: true };

/** A table of the admin's kind: scrolls on its own on a narrow screen, captioned for screen readers. */
export function DataTable(props: {
  caption?: string;
  columns: readonly Column[];
  class?: string;
  /** The rows (`<tr>`). */
  children: ComponentChildren;
}) {
  return (
    <div class="table-wrap">
      <table class={props.class ? `data-table ${props.class}` : 'data-table'}>
        {props.caption ? <caption class="visually-hidden">{props.caption}</caption> : null}
        <thead>
          <tr>
            {props.columns.map((column) =>
              typeof column === 'string' ? (
                <th scope="col" key={column}>
                  {column}
                </th>
              ) : (
                <th scope="col" key={column.label}>
                  <span class="visually-hidden">{column.label}</span>
                </th>
              ),
            )}
          </tr>
        </thead>
        <tbody>{props.children}</tbody>
      </table>
    </div>
  );
}

/**
 * A list screen's body: "loading", or the error with a retry; once loaded, the empty message or the
 * table of `items` (one `row` each), with the count above it when given.
 */
export function ItemTable<T>(props: {
  resource: Resource<unknown>;
  onRetry: () => void;
  items: readonly T[];
  empty: string;
  caption: string;
  columns: readonly Column[];
  count?: string;
  row: (item: T, index: number) => ComponentChildren;
}) {
  return (
    <>
      <ResourceStatus resource={props.resource} onRetry={props.onRetry} />
      {props.resource.state === 'ready' && props.items.length === 0 ? (
        <p class="empty">{props.empty}</p>
      ) : null}
      {props.items.length > 0 ? (
        <>
          {props.count ? (
            <p class="count" role="status">
              {props.count}
            </p>
          ) : null}
          <DataTable caption={props.caption} columns={props.columns}>
            {props.items.map(props.row)}
          </DataTable>
        </>
      ) : null}
    </>
  );
}
