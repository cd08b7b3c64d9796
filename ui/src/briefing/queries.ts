import { useQuery, useQueryClient } from "@tanstack/react-query";
import type { AnyRouter } from "@tanstack/react-router";
import { commands, type Briefing, type ComparedItem } from "../bindings";
import { unwrap } from "../app/errors";
import { LIBRARY_KEY } from "../library/queries";

const briefingKey = (items: ComparedItem[]) => [...LIBRARY_KEY, "briefing", items];

/** A deck's figures and findings, computed from the versions `items` name. */
export function useBriefing(items: ComparedItem[]) {
  return useQuery({ queryKey: briefingKey(items), queryFn: () => unwrap(commands.briefing(items)), enabled: items.length > 0, staleTime: Infinity });
}

/** Keeps a briefing under the frozen items it was computed from, so freezing the address
 * does not compute it again. */
export function useKeepBriefing() {
  const client = useQueryClient();
  return (items: ComparedItem[], briefing: Briefing) => client.setQueryData(briefingKey(items), briefing);
}

/** Opens the briefing of a scenario (one item) or a comparison: the deck saved with the base
 * scenario when it shows the same scenarios, else a new deck of their current versions. */
export async function openBriefing(router: AnyRouter, items: ComparedItem[]) {
  const saved = items.length > 0 ? await commands.savedDeck(items[0].scenario_id) : null;
  const deck = saved?.status === "ok" ? saved.data : null;
  const same = deck !== null && deck.items.length === items.length && deck.items.every((d, i) => d.scenario_id === items[i].scenario_id);
  const search = same ? { items: deck.items, slides: deck.slides } : { items, slides: null };
  await router.navigate({ to: "/briefing", search });
}
