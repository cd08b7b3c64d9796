import { useQuery } from "@tanstack/react-query";
import { commands, type AppError } from "../bindings";
import { unwrap, useErrorText } from "../app/errors";
import { LibraryBar } from "./LibraryBar";
import { LibraryContents } from "./LibraryContents";
import { UnsavedWork } from "./UnsavedWork";
import { LIBRARY_KEY } from "./queries";
import { useT } from "../i18n/useT";

export function ScenarioLibrary() {
  const t = useT();
  const words = useErrorText();
  const status = useQuery({
    queryKey: [...LIBRARY_KEY, "status"],
    queryFn: () => unwrap(commands.libraryStatus()),
  });
  const problem = words.general(status.data?.problem ?? (status.error as AppError | null));

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-heading">
        <h2 id="library-title">{t("lib.scenarios")}</h2>
        <LibraryBar path={status.data?.path ?? null} problem={problem} />
      </div>
      {problem && (
        <div className="banner banner-error" role="alert">
          <p id="library-problem">{problem}</p>
          <p>{t("lib.problemHelp")}</p>
        </div>
      )}
      {status.data && !status.data.problem && (
        <>
          <UnsavedWork />
          <LibraryContents />
        </>
      )}
    </section>
  );
}
