// A record opened by the provider, rendered as a clinician reads it: the JSON shape
// `medvault_fhir::render::render` gives (the same the patient's viewer shows), with what was
// checked of it against the chain.
import type { OpenedRecord } from "../sdk";
import { short } from "../ui";

export function RenderedRecord({ opened, onClose }: { opened: OpenedRecord; onClose: () => void }) {
  const { rendered, verification, keySource } = opened;
  const others = Object.entries(rendered.also);
  return (
    <section className="card record" aria-labelledby="precord-title" data-testid="record-view">
      <div className="row">
        <h2 id="precord-title">Record #{verification.id}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {rendered.patient && <p className="fact">Patient: {rendered.patient}</p>}
      {rendered.sections.map((s) => (
        <div key={s.title}>
          <h3>{s.title}</h3>
          <ul>
            {s.lines.map((l, i) => (
              <li key={i}>
                <span className="text">{l.text}</span>
                {l.detail && <span className="detail"> — {l.detail}</span>}
                {l.date && <span className="date"> ({l.date})</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {others.length > 0 && <p className="fact">Also: {others.map(([t, n]) => `${n} ${t}`).join(", ")}</p>}
      <p className="fact" data-testid="record-checked">
        Checked against the chain: its ciphertext hashes to its leaf, the leaf is in batch root{" "}
        <code>{short(verification.root, 8)}</code>, anchored in block {verification.anchoredInBlock}. Written
        by: {verification.authorship}. Key: {keySource}.
      </p>
    </section>
  );
}
