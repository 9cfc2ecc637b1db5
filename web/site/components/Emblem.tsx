/**
 * A plain emblem drawn inline (no external asset, no extra request): a gold star on red in a gold ring.
 * It is decorative, the portal's name beside it is the accessible name (WCAG 2.1 SC 1.1.1).
 */
export function Emblem() {
  return (
    <svg
      class="brand__emblem"
      viewBox="0 0 64 64"
      width="48"
      height="48"
      aria-hidden="true"
      focusable="false"
    >
      <circle cx="32" cy="32" r="30" fill="#c8102e" stroke="#ffd54f" stroke-width="3" />
      <circle cx="32" cy="32" r="24" fill="none" stroke="#ffd54f" stroke-width="1" />
      <path
        fill="#ffd54f"
        d="M32 13.5l4.35 13.4h14.1l-11.4 8.28 4.35 13.4L32 40.3l-11.4 8.28 4.35-13.4-11.4-8.28h14.1z"
      />
    </svg>
  );
}
