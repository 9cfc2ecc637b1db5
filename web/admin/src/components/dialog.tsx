import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/**
 * A modal dialog of the kit (WAI-ARIA APG "dialog (modal)"): the native <dialog> opened with showModal(),
 * so the page behind is inert and Escape closes it; Tab and Shift+Tab also wrap inside it (the focus trap
 * does not rely on the browser's chrome), focus starts on `initialFocus` (or the first control) and goes
 * back to what opened it. Labelled by its heading.
 */
const focusable =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function Dialog(props: {
  id: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  /** A selector inside the dialog for the first focus. */
  initialFocus?: string;
  children: ComponentChildren;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const onClose = useRef(props.onClose);
  onClose.current = props.onClose;

  // Dependencies: opened once per mount; the opener gets focus back when it unmounts.
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
    if (!element.open) element.showModal();
    const first =
      (props.initialFocus ? element.querySelector<HTMLElement>(props.initialFocus) : null) ??
      element.querySelector<HTMLElement>(focusable);
    first?.focus();
    return () => {
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Tab' || !dialog.current) return;
    const controls = Array.from(dialog.current.querySelectorAll<HTMLElement>(focusable)).filter(
      (control) => control.offsetParent !== null || control === document.activeElement,
    );
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <dialog
      ref={dialog}
      id={props.id}
      class="dialog"
      aria-labelledby={`${props.id}-title`}
      aria-modal="true"
      onKeyDown={onKeyDown}
      // Escape: the browser cancels the dialog; the owner decides (it unmounts it).
      onCancel={(event) => {
        event.preventDefault();
        onClose.current();
      }}
    >
      <div class="dialog-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <button type="button" class="button button-quiet" onClick={() => onClose.current()}>
          {props.closeLabel}
        </button>
      </div>
      <div class="dialog-body">{props.children}</div>
    </dialog>
  );
}
