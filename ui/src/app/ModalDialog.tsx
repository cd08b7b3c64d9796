import type { ReactNode } from "react";
import { useT } from "../i18n/useT";
import { dialogKeys } from "./dialogKeys";

/** A modal dialog of the Help menu (About, Method notes), titled, closed by Escape or its Close
 * button, which has the focus when it opens. */
export function ModalDialog({ id, className, title, onClose, children }: { id: string; className: string; title: string; onClose: () => void; children: ReactNode }) {
  const t = useT();
  return (
    <div className={`about ${className}`} role="dialog" aria-modal="true" aria-labelledby={`${id}-title`} id={id} onKeyDown={dialogKeys(onClose)}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
      <button type="button" onClick={onClose} autoFocus>
        {t("about.close")}
      </button>
    </div>
  );
}
