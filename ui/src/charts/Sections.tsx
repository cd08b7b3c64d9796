import { useEffect, useRef } from "react";

/** A screen's sections in screen order: each panel's id and the short name the bar shows. */
export type Section = readonly [id: string, name: string];

/** Moves the keyboard to a section: its heading takes focus, and the page scrolls to it. */
function goTo(id: string) {
  const heading = document.getElementById(`${id}-title`);
  heading?.focus({ preventScroll: true });
  heading?.closest("section")?.scrollIntoView({ block: "start" });
}

/** The section Ctrl+PageDown (forward) or Ctrl+PageUp goes to: the next or previous one from
 * the section that holds the focus; from elsewhere, the first section below the top of the
 * view, or the last one above it. */
function target(sections: readonly Section[], forward: boolean): string | undefined {
  const present = sections.map(([id]) => document.getElementById(id)).filter((e): e is HTMLElement => e !== null);
  const holding = present.findIndex((e) => e.contains(document.activeElement));
  if (holding >= 0) return present[forward ? Math.min(holding + 1, present.length - 1) : Math.max(holding - 1, 0)].id;
  const top = (e: HTMLElement) => e.getBoundingClientRect().top;
  const found = forward ? present.find((e) => top(e) > 1) : [...present].reverse().find((e) => top(e) < -1);
  return (found ?? (forward ? present.at(-1) : present[0]))?.id;
}

/** A bar of links to every section, and Excel's next and previous sheet keys
 * (Ctrl+PageDown, Ctrl+PageUp) to step through them from anywhere on the screen. */
export function Sections({ sections, label }: { sections: readonly Section[]; label: string }) {
  // The keys read the sections of the latest render; they are listened to once.
  const latest = useRef(sections);
  latest.current = sections;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!e.ctrlKey || (e.key !== "PageDown" && e.key !== "PageUp")) return;
      e.preventDefault();
      const id = target(latest.current, e.key === "PageDown");
      if (id) goTo(id);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);
  return (
    <nav className="results-sections" aria-label={label}>
      {sections.map(([id, name]) => (
        <button key={id} type="button" className="link" data-section={id} onClick={() => goTo(id)}>
          {name}
        </button>
      ))}
    </nav>
  );
}
