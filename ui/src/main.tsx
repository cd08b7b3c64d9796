import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { App } from "./app/App";
import { warmUpCharts } from "./charts/Chart";
import "@fontsource/noto-sans-sc/400.css";
import "./app/theme.css";

// What went wrong in this window, for the end-to-end tests to read: a content-security-policy
// violation (a style or script the release build refuses) or an uncaught error.
const faults: string[] = [];
(window as unknown as { fleetLedgerFaults: string[] }).fleetLedgerFaults = faults;
window.addEventListener("securitypolicyviolation", (e) => faults.push(`CSP ${e.violatedDirective}: ${e.blockedURI}`));
window.addEventListener("error", (e) => faults.push(`error: ${e.message}`));
window.addEventListener("unhandledrejection", (e) => faults.push(`rejection: ${String(e.reason)}`));

const queryClient = new QueryClient({
  // Everything is local: no refetch on focus or reconnect, no retries against a file on disk.
  defaultOptions: { queries: { refetchOnWindowFocus: false, retry: false } },
});

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <App />
      </QueryClientProvider>
    </StrictMode>,
  );
  // Once the library is on screen, not before it.
  setTimeout(warmUpCharts, 300);
}
