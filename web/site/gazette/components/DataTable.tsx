import type { Child } from 'hono/jsx';

/**
 * A data table that scrolls sideways inside its own box on narrow screens instead of making the page
 * scroll (WCAG 2.1 SC 1.4.10 Reflow). The box is a labelled region that takes keyboard focus, so people
 * who do not use a mouse can scroll it too (SC 2.1.1); its name is the table's caption.
 */
export function DataTable({
  id,
  caption,
  captionVisible = true,
  wide = false,
  children,
}: {
  id: string;
  caption: string;
  /** Off where a visible heading right above says the same: the caption then serves screen readers. */
  captionVisible?: boolean;
  /** Many columns of running text: keep the table readable and let it scroll rather than squeeze it. */
  wide?: boolean;
  children: Child;
}) {
  const captionId = `${id}-caption`;
  return (
    // A <section> with a name is a region landmark: the accessible name screen readers announce on focus.
    <section class="table-scroll" aria-labelledby={captionId} tabindex={0}>
      <table class={wide ? 'data-table data-table--wide' : 'data-table'} id={id}>
        <caption id={captionId} class={captionVisible ? undefined : 'vh'}>
          {caption}
        </caption>
        {children}
      </table>
    </section>
  );
}
