/**
 * Which scenario the workspace shows, and which it showed last: View → Results returns to it
 * from the library, File → Export scenario… exports it.
 */
import type { AnyRouter } from "@tanstack/react-router";

let last: string | null = null;

/** Called by the scenario workspace when it shows a scenario. */
export function rememberOpened(scenarioId: string) {
  last = scenarioId;
}

export function lastOpenedScenario(): string | null {
  return last;
}

/** The scenario of the workspace on screen, if a scenario is on screen. */
export function currentScenario(router: AnyRouter): string | null {
  const match = /^\/scenario\/([^/]+)/.exec(router.state.location.pathname);
  return match ? decodeURIComponent(match[1]) : null;
}
