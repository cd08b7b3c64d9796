/**
 * The UI's message catalogs: its own strings, and the reports' glossary (generated from the
 * Rust glossary, so a term reads the same on screen as in the meeting pack).
 */
import type { Language } from "../app/settings";
import glossaryEn from "./glossary.en.json";
import glossaryZh from "./glossary.zh-CN.json";
import messagesEn from "./messages.en.json";
import messagesZh from "./messages.zh-CN.json";

export const catalogs: Record<Language, Record<string, string>> = {
  en: { ...glossaryEn, ...messagesEn },
  "zh-CN": { ...glossaryZh, ...messagesZh },
};
