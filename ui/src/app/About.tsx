import { useQuery } from "@tanstack/react-query";
import { commands, type BundledPart, type Component } from "../bindings";
import { DataTable } from "../table/DataTable";
import { useT } from "../i18n/useT";
import { unwrap } from "./errors";
import { ModalDialog } from "./ModalDialog";

const PART_LABEL: Record<BundledPart, string> = {
  app: "about.part.app",
  screen_font: "about.part.screen_font",
  report_fonts: "about.part.report_fonts",
};

/** Help → About: the version and commit of this build, the full text of the licences that ask
 * to travel with what they cover (the app's own, the fonts'), and every library in the app
 * with its licence. */
export function About({ onClose }: { onClose: () => void }) {
  const t = useT();
  const about = useQuery({ queryKey: ["about"], queryFn: () => unwrap(commands.about()) });
  const build = about.data;
  return (
    <ModalDialog id="about" className="about-build" title={t("about.title")} onClose={onClose}>
      <div className="about-body">
        {build && (
          <p id="about-version">
            {t("about.version", { version: build.version })} · {t("about.commit", { commit: build.commit })}
          </p>
        )}
        <p>{t("about.text")}</p>
        {build && (
          <>
            <h3>{t("about.licences")}</h3>
            {build.licences.map((licence) => (
              <details key={licence.covers} className="about-licence">
                <summary>
                  {t("about.licence", { part: t(PART_LABEL[licence.part]), covers: licence.covers })}{" "}
                  <span className="about-spdx">{licence.licence}</span>
                </summary>
                <pre>{licence.text}</pre>
              </details>
            ))}
            <Components components={build.components} />
          </>
        )}
      </div>
    </ModalDialog>
  );
}

function Components({ components }: { components: Component[] }) {
  const t = useT();
  const rows = components.map((c) => [c.name, c.version, c.licence, t(`about.ecosystem.${c.ecosystem}`)]);
  return (
    <details className="about-licence" id="about-components">
      <summary>{t("about.components", { count: components.length })}</summary>
      <div className="about-components">
        <DataTable
          columns={[
            { header: t("about.component.name") },
            { header: t("about.component.version") },
            { header: t("about.component.licence") },
            { header: t("about.component.ecosystem") },
          ]}
          rows={rows}
        />
      </div>
    </details>
  );
}
