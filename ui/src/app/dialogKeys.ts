import type { KeyboardEvent } from "react";

const FOCUSABLE = "button, summary, a[href], input, select, textarea, [tabindex]:not([tabindex='-1'])";

/** The keys of a modal dialog (WAI-ARIA dialog pattern): Escape closes it, and Tab and
 * Shift+Tab go round its own controls instead of leaving for the screen behind it. */
export function dialogKeys(onClose: () => void) {
  return (e: KeyboardEvent<HTMLElement>) => {
    if (e.key === "Escape") {
      e.preventDefault();
      onClose();
      return;
    }
    if (e.key !== "Tab") return;
    const focusable = [...e.currentTarget.querySelectorAll<HTMLElement>(FOCUSABLE)];
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (e.shiftKey && e.currentTarget.ownerDocument.activeElement === first) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && e.currentTarget.ownerDocument.activeElement === last) {
      e.preventDefault();
      first.focus();
    }
  };
}
