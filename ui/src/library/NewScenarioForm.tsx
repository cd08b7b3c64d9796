import { useState, type FormEvent } from "react";
import { useT } from "../i18n/useT";
import { useQuery } from "@tanstack/react-query";
import { commands } from "../bindings";
import { unwrap, useErrorText } from "../app/errors";
import { useLibraryMutation } from "./queries";

/** A new scenario: blank, or from one of the shipped examples. */
export function NewScenarioForm() {
  const t = useT();
  const words = useErrorText();
  const [name, setName] = useState("");
  const [template, setTemplate] = useState("");
  const templates = useQuery({ queryKey: ["templates"], queryFn: () => unwrap(commands.listTemplates()) });
  const create = useLibraryMutation((args: { name: string; template: string }) =>
    unwrap(args.template ? commands.createFromTemplate(args.template, args.name) : commands.createScenario(args.name)),
  );
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ name, template }, { onSuccess: () => setName("") });
  };
  const nameError = words.field(create.error, "name");
  const failure = words.general(create.error);

  return (
    <form className="new-scenario" onSubmit={onSubmit} noValidate>
      <label htmlFor="new-scenario-name">{t("lib.newScenario")}</label>
      <div className="field">
        <input
          id="new-scenario-name"
          value={name}
          onChange={(e) => setName(e.target.value)}
          placeholder={t("lib.newScenarioExample")}
          aria-invalid={nameError ? true : undefined}
          aria-describedby={nameError ? "new-scenario-name-error" : undefined}
        />
        {nameError && (
          <span className="field-error" id="new-scenario-name-error">
            {t("lib.nameError", { problem: nameError })}
          </span>
        )}
        {failure && <span className="field-error">{failure}</span>}
      </div>
      <select id="new-scenario-template" value={template} onChange={(e) => setTemplate(e.target.value)} aria-label={t("lib.startFrom")}>
        <option value="">{t("lib.blank")}</option>
        {(templates.data ?? []).map((name) => (
          <option key={name} value={name}>
            {t("lib.fromExample", { name })}
          </option>
        ))}
      </select>
      <button id="create-scenario" type="submit" disabled={create.isPending}>
        {t("lib.create")}
      </button>
    </form>
  );
}
