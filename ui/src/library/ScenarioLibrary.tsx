import { useState, type FormEvent } from "react";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { commands, type AppError } from "../bindings";
import { generalMessage, messageForField, unwrap } from "../app/errors";
import { formatTimestamp } from "../app/format";

const SCENARIOS_KEY = ["scenarios"] as const;

export function ScenarioLibrary() {
  const status = useQuery({
    queryKey: ["library-status"],
    queryFn: () => unwrap(commands.libraryStatus()),
  });
  const problem = status.data?.problem ?? generalMessage(status.error as AppError | null);

  return (
    <section className="library" aria-labelledby="library-title">
      <div className="library-heading">
        <h2 id="library-title">Scenarios</h2>
        {status.data?.path && <span className="library-path">{status.data.path}</span>}
      </div>
      {problem && (
        <p className="banner banner-error" role="alert" id="library-problem">
          {problem}
        </p>
      )}
      {!status.data?.problem && <LibraryContents />}
    </section>
  );
}

/** The create form and the list, shown only while the library is open. */
function LibraryContents() {
  const queryClient = useQueryClient();
  const [name, setName] = useState("");
  const scenarios = useQuery({
    queryKey: SCENARIOS_KEY,
    queryFn: () => unwrap(commands.listScenarios()),
  });
  const create = useMutation<unknown, AppError, string>({
    mutationFn: (newName) => unwrap(commands.createScenario(newName)),
    onSuccess: () => {
      setName("");
      return queryClient.invalidateQueries({ queryKey: SCENARIOS_KEY });
    },
  });
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(name);
  };
  const nameError = messageForField(create.error, "name");
  const failure = generalMessage(create.error) ?? generalMessage(scenarios.error as AppError | null);

  return (
    <>
      {failure && (
        <p className="banner banner-error" role="alert">
          {failure}
        </p>
      )}
      <form className="new-scenario" onSubmit={onSubmit} noValidate>
        <label htmlFor="new-scenario-name">New scenario</label>
        <div className="field">
          <input
            id="new-scenario-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            placeholder="e.g. H100 fleet — 3 vs 6 year life"
            aria-invalid={nameError ? true : undefined}
            aria-describedby={nameError ? "new-scenario-name-error" : undefined}
          />
          {nameError && (
            <span className="field-error" id="new-scenario-name-error">
              Name {nameError}
            </span>
          )}
        </div>
        <button id="create-scenario" type="submit" disabled={create.isPending}>
          Create
        </button>
      </form>
      <ScenarioTable rows={scenarios.data ?? []} loading={scenarios.isPending} />
    </>
  );
}

type Row = { id: string; name: string; created_at: string; updated_at: string };

function ScenarioTable({ rows, loading }: { rows: Row[]; loading: boolean }) {
  const locale = navigator.language || "en";
  if (loading) return <p className="muted">Loading the library…</p>;
  if (rows.length === 0) return <p className="muted" id="empty-library">No scenarios yet.</p>;
  return (
    <table className="grid" id="scenario-list">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col" className="num">Last changed</th>
          <th scope="col" className="num">Created</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id} className="scenario-row">
            <td className="scenario-name">{row.name}</td>
            <td className="num">{formatTimestamp(row.updated_at, locale)}</td>
            <td className="num">{formatTimestamp(row.created_at, locale)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
