import { useCallback, useEffect, useMemo, useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { AppError, ComparedItem, SlideKind } from "../bindings";
import { commands } from "../bindings";
import { unwrap, useErrorText } from "../app/errors";
import { useFigures } from "../app/useFigures";
import { useSettings } from "../app/settings";
import { formatTimestamp } from "../app/format";
import { useMeetingPack } from "../pack/ExportPanel";
import { headlineText } from "./headline";
import { Presentation } from "./Presentation";
import { useBriefing, useKeepBriefing } from "./queries";
import { deckNames, deckSlides, moved } from "./slides";

export type DeckAddress = { items: ComparedItem[]; slides: SlideKind[] | null };

/**
 * A briefing deck: its slides chosen and ordered, saved with the base scenario, and presented
 * on the whole window. The deck is frozen to saved versions: entered with a scenario's current
 * version, the address is rewritten to name the version computed, so nothing moves after.
 */
export function BriefingScreen({ deck, onChange }: { deck: DeckAddress; onChange: (deck: DeckAddress) => void }) {
  const f = useFigures();
  const { language, negatives } = useSettings();
  const words = useErrorText();
  const briefing = useBriefing(deck.items);
  const keep = useKeepBriefing();
  const [presenting, setPresenting] = useState(false);
  const pack = useMeetingPack(deck.items, briefing.data?.versions);
  const frozen = deck.items.every((i) => i.version_id !== null);
  useEffect(() => {
    if (frozen || !briefing.data) return;
    const items = briefing.data.versions.map((v) => ({ scenario_id: v.scenario_id, version_id: v.id }));
    keep(items, briefing.data);
    onChange({ items, slides: deck.slides });
  }, [frozen, briefing.data]);
  const b = briefing.data;
  const chosen = b ? deckSlides(b, deck.slides) : [];
  // A saved deck changes no figure: nothing of the library's needs refreshing.
  const save = useMutation<null, AppError>({ mutationFn: () => unwrap(commands.saveDeck(deck.items[0].scenario_id, { items: deck.items, slides: chosen })) });
  const pdf = useMutation<string | null, AppError>({ mutationFn: () => unwrap(commands.exportDeck({ items: deck.items, slides: chosen }, language, negatives === "parentheses")) });
  const names = useMemo(() => (b ? deckNames(b, f, language) : []), [b, f, language]);
  const leave = useCallback(() => setPresenting(false), []);
  useEffect(() => {
    // F5, as in presentation software, starts the show.
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "F5" || presenting || !b) return;
      e.preventDefault();
      setPresenting(true);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [presenting, b]);

  if (deck.items.length === 0) return <p className="muted">{f.t("briefing.none")}</p>;
  if (briefing.isError)
    return (
      <p className="banner banner-error" role="alert">
        {f.t("briefing.failed", { reason: words.whole(briefing.error as unknown as AppError) })}
      </p>
    );
  if (!b) return <p className="muted">{f.t("briefing.loading")}</p>;
  const currency = b.scenario?.currency ?? b.comparison?.currency ?? "";
  const left = b.findings.map((s) => s.kind).filter((k) => !chosen.includes(k));
  const setSlides = (slides: SlideKind[]) => onChange({ items: deck.items, slides });
  if (presenting) return <Presentation briefing={b} slides={chosen} names={names} currency={currency} f={f} language={language} onLeave={leave} />;
  return (
    <div className="briefing" id="briefing">
      <h2 id="briefing-title" tabIndex={-1}>
        {f.t("briefing.title", { names: names.join(" · ") })}
      </h2>
      <p className="muted" id="briefing-frozen">
        {f.t("briefing.frozen", { saved: b.versions.map((v) => formatTimestamp(v.saved_at, language)).join(" · ") })}
      </p>
      <div className="briefing-actions">
        <button type="button" id="present" onClick={() => setPresenting(true)} disabled={chosen.length === 0}>
          {f.t("briefing.present")}
        </button>
        <button type="button" id="save-deck" className="secondary" onClick={() => save.mutate()}>
          {f.t("briefing.save")}
        </button>
        <button type="button" id="export-deck" className="secondary" onClick={() => pdf.mutate()} disabled={pdf.isPending || chosen.length === 0}>
          {f.t("briefing.pdf")}
        </button>
        <button type="button" id="open-pack" className="secondary" onClick={pack.open}>
          {f.t("lib.pack")}
        </button>
        <button type="button" id="rebuild-deck" className="secondary" onClick={() => onChange({ items: deck.items.map((i) => ({ ...i, version_id: null })), slides: deck.slides })}>
          {f.t("briefing.rebuild")}
        </button>
        {save.isSuccess && <span className="muted" id="deck-saved">{f.t("briefing.saved")}</span>}
        {save.error && <span className="field-error">{words.whole(save.error)}</span>}
        {pdf.isPending && <span className="muted">{f.t("briefing.pdfWriting")}</span>}
        {pdf.data && (
          <span className="muted library-path" id="deck-written">
            {pdf.data}
          </span>
        )}
        {pdf.error && <span className="field-error">{words.whole(pdf.error)}</span>}
      </div>
      {pack.panel}
      <p className="muted">{f.t("briefing.keys")}</p>
      <ol className="deck-slides" id="deck-slides" aria-label={f.t("briefing.slides")}>
        {chosen.map((kind, i) => {
          const finding = b.findings.find((s) => s.kind === kind);
          return (
            <li key={kind} className="deck-slide" data-kind={kind}>
              <label>
                <input type="checkbox" checked onChange={() => setSlides(chosen.filter((k) => k !== kind))} /> <strong>{f.t(`Slide.${kind}`)}</strong>
              </label>
              <span className="deck-headline">{finding && headlineText(finding.headline, currency, f)}</span>
              <span className="deck-move">
                <button type="button" className="link" onClick={() => setSlides(moved(chosen, i, -1))} disabled={i === 0} aria-label={f.t("briefing.up", { slide: f.t(`Slide.${kind}`) })}>
                  ↑
                </button>
                <button type="button" className="link" onClick={() => setSlides(moved(chosen, i, 1))} disabled={i === chosen.length - 1} aria-label={f.t("briefing.down", { slide: f.t(`Slide.${kind}`) })}>
                  ↓
                </button>
              </span>
            </li>
          );
        })}
        {left.map((kind) => (
          <li key={kind} className="deck-slide left-out" data-kind={kind}>
            <label>
              <input type="checkbox" checked={false} onChange={() => setSlides([...chosen, kind])} /> {f.t(`Slide.${kind}`)}
            </label>
          </li>
        ))}
      </ol>
    </div>
  );
}
