import { ScenarioLibrary } from "../library/ScenarioLibrary";
import { ErrorBoundary } from "./ErrorBoundary";

export function App() {
  return (
    <div className="app">
      <header className="app-header">
        <h1>Fleet Ledger</h1>
        <span className="app-tagline">GPU fleet depreciation, margins and impairment</span>
      </header>
      <main className="app-main">
        <ErrorBoundary>
          <ScenarioLibrary />
        </ErrorBoundary>
      </main>
    </div>
  );
}
