import type { Figures } from "../app/useFigures";
import { useSettings } from "../app/settings";
import { issueText } from "../i18n/issues";
import type { PasteProblem } from "./paste";

/** A pasted block that cannot be applied as it is: each problem at its cell (row, column,
 * what is wrong and what is allowed), and the user's choice: drop the rows that have one and
 * paste the rest, or paste nothing; when figures do not read, also reading them with decimal
 * commas (`onDecimalCommas`). Until then nothing of the block is applied. */
export function PasteReview({
  problems,
  titles,
  f,
  onDrop,
  onCancel,
  onDecimalCommas,
}: {
  problems: readonly PasteProblem[];
  titles: readonly { id: string; title: string }[];
  f: Figures;
  onDrop(): void;
  onCancel(): void;
  onDecimalCommas?: () => void;
}) {
  const { language } = useSettings();
  const rows = new Set(problems.map((p) => p.blockRow)).size;
  return (
    <div
      className="paste-review banner banner-error"
      role="alertdialog"
      aria-labelledby="paste-review-title"
      id="paste-review"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.preventDefault();
          onCancel();
        }
      }}
    >
      <h3 id="paste-review-title">{f.t("paste.title", { count: problems.length })}</h3>
      <table className="grid paste-problems">
        <thead>
          <tr>
            <th className="num">{f.t("paste.row")}</th>
            <th>{f.t("paste.column")}</th>
            <th>{f.t("paste.problem")}</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={i} data-row={p.row} data-col={titles[p.col].id}>
              <td className="num">{f.count(p.row + 1)}</td>
              <td>{f.t(titles[p.col].title)}</td>
              <td>{p.issue ? issueText(p.issue, language) : p.problem ? f.t(`cell.${p.problem.code}`, p.problem.params) : ""}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>{f.t("paste.nothingApplied")}</p>
      <div className="paste-actions">
        {onDecimalCommas && (
          <button type="button" id="paste-decimal-commas" onClick={onDecimalCommas} autoFocus>
            {f.t("paste.decimalCommas")}
          </button>
        )}
        <button type="button" id="paste-drop" className={onDecimalCommas ? "secondary" : undefined} onClick={onDrop} autoFocus={!onDecimalCommas}>
          {f.t("paste.drop", { rows })}
        </button>
        <button type="button" className="secondary" id="paste-cancel" onClick={onCancel}>
          {f.t("paste.cancel")}
        </button>
      </div>
    </div>
  );
}
