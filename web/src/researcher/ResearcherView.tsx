// The researcher's screens.
import type { LoadedDeployment } from "../deployment";

export function ResearcherView({ loaded }: { loaded: LoadedDeployment }) {
  void loaded;
  return (
    <section className="card" aria-labelledby="researcher-title">
      <h2 id="researcher-title">Researcher</h2>
      <p>Coming next.</p>
    </section>
  );
}
