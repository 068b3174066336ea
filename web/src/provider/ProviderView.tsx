// The provider's screens.
import type { LoadedDeployment } from "../deployment";

export function ProviderView({ loaded }: { loaded: LoadedDeployment }) {
  void loaded;
  return (
    <section className="card" aria-labelledby="provider-title">
      <h2 id="provider-title">Provider</h2>
      <p>Coming next.</p>
    </section>
  );
}
