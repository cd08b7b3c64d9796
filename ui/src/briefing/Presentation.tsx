import { useEffect, useMemo, useRef, useState } from "react";
import type { Briefing, SlideKind } from "../bindings";
import { leaveFullScreen, toggleFullScreen } from "../app/fullScreen";
import { Chart } from "../charts/Chart";
import type { Figures } from "../app/useFigures";
import { formatTimestamp } from "../app/format";
import { headlineText, largeFigures } from "./headline";
import { presenterKey, type Presenter } from "./keys";
import { atSlideSize, slideChart, slideTextSize } from "./slides";

/** How long the pointer may rest before it hides over a slide. */
const IDLE_MS = 2000;

type Props = { briefing: Briefing; slides: SlideKind[]; names: string[]; currency: string; f: Figures; language: string; onLeave: () => void };

/**
 * The deck on the whole window: a cover, then a slide a finding, each with its headline, its
 * figures in large type, its chart and its number. Keys as a presenter's (keys.ts); the
 * pointer hides when idle. Sizes follow the window (1280 × 720 up to 4K), never the page.
 */
export function Presentation({ briefing, slides, names, currency, f, language, onLeave }: Props) {
  const [state, setState] = useState<Presenter>({ at: 0, total: slides.length + 1, typed: "", black: false });
  const [idle, setIdle] = useState(false);
  const stage = useRef<HTMLDivElement>(null);
  const [textSize, setTextSize] = useState(() => slideTextSize(window.innerWidth));
  useEffect(() => {
    const onResize = () => setTextSize(slideTextSize(window.innerWidth));
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);

  useEffect(() => {
    stage.current?.focus();
    const leave = () => {
      leaveFullScreen();
      onLeave();
    };
    const onKey = (e: KeyboardEvent) => {
      const next = presenterKey(state, e.key);
      if (next.state === state && next.effect === null) return;
      e.preventDefault();
      setState(next.state);
      if (next.effect === "full_screen") toggleFullScreen();
      else if (next.effect === "leave") leave();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [state, onLeave]);

  useEffect(() => {
    let timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    const onMove = () => {
      setIdle(false);
      window.clearTimeout(timer);
      timer = window.setTimeout(() => setIdle(true), IDLE_MS);
    };
    window.addEventListener("mousemove", onMove);
    return () => {
      window.clearTimeout(timer);
      window.removeEventListener("mousemove", onMove);
    };
  }, []);

  const kind = state.at === 0 ? null : slides[state.at - 1];
  const finding = kind ? briefing.findings.find((s) => s.kind === kind) : undefined;
  // Built once a slide: the pointer's idle state re-renders the slide, not the chart.
  const drawn = useMemo(() => (kind ? slideChart(kind, briefing, names, f) : null), [kind, briefing, names, f]);
  const chart = useMemo(() => drawn && atSlideSize(drawn, textSize), [drawn, textSize]);
  const classes = ["presentation", idle ? "idle" : "", state.black ? "black" : ""].filter(Boolean).join(" ");
  return (
    <div className={classes} id="presentation" ref={stage} tabIndex={-1} role="region" aria-roledescription={f.t("briefing.deck")} data-slide={state.at}>
      {state.black ? null : finding && kind ? (
        <section className="slide" aria-label={f.t(`Slide.${kind}`)}>
          <p className="slide-kind">{f.t(`Slide.${kind}`)}</p>
          <h2 className="slide-headline">{headlineText(finding.headline, currency, f)}</h2>
          <div className="slide-figures">
            {largeFigures(finding.headline, currency, f).map(({ figure, caption }) => (
              <figure key={caption} className="slide-figure">
                <span className="slide-figure-value">{figure}</span>
                <figcaption>{caption}</figcaption>
              </figure>
            ))}
          </div>
          {chart && (
            <div className="slide-chart">
              <Chart option={chart} theme={f.theme} label={f.t(`Slide.${kind}`)} id={`slide-chart-${kind}`} />
            </div>
          )}
        </section>
      ) : (
        <section className="slide cover" aria-label={f.t("briefing.cover")}>
          <p className="slide-kind">{f.t("briefing.product")}</p>
          <h2 className="cover-title">{names.join(" · ")}</h2>
          <p className="cover-versions">
            {f.t("briefing.frozen", { saved: briefing.versions.map((v) => formatTimestamp(v.saved_at, language)).join(" · ") })}
          </p>
        </section>
      )}
      {!state.black && state.at > 0 && (
        <p className="slide-number" id="slide-number">
          {f.t("briefing.number", { at: state.at, of: slides.length })}
        </p>
      )}
      {state.typed && <p className="slide-jump">{state.typed}</p>}
    </div>
  );
}
