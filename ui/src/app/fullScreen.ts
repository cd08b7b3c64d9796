/**
 * The window's full screen, switched by the presenter's F, View → Full screen and Esc
 * leaving a presentation: one record of whether it is on, so that each switch knows where
 * the others left it.
 */
import { commands } from "../bindings";

let on = false;

export function toggleFullScreen() {
  on = !on;
  void commands.setFullScreen(on);
}

export function leaveFullScreen() {
  if (!on) return;
  on = false;
  void commands.setFullScreen(false);
}
