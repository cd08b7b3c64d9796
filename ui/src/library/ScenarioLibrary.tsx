import { useQuery } from "@tanstack/react-query";
import { commands, type AppError } from "../bindings";
import { generalMessage, unwrap } from "../app/errors";
import { LibraryBar } from "./LibraryBar";
import { LibraryContents } from "./LibraryContents";
import { LIBRARY_KEY } from "./queries";

export function ScenarioLibrary() {
  const status = useQuery({
    queryKey: [...LIBRARY_KEY, "status"],
    queryFn: () => unwrap(commands.libraryStatus()),
  });
  const problem = status.data?.problem ?? generalMessage(status.error as AppError | null);

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-heading">
        <h2 id="library-title">Scenarios</h2>
        <LibraryBar path={status.data?.path ?? null} problem={problem} />
      </div>
      {problem && (
        <div className="banner banner-error" role="alert">
          <p id="library-problem">{problem}</p>
          <p>Use “Open library…” to choose another file or “New library…” to start one; the file above is left as it is.</p>
        </div>
      )}
      {status.data && !status.data.problem && <LibraryContents />}
    </section>
  );
}
