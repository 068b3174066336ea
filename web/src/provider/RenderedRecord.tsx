// A record opened by the provider, rendered as a clinician reads it: the JSON shape
// `medvault_fhir::render::render` gives (the same the patient's viewer shows), with what was
// checked of it against the chain.
import type { OpenedRecord } from "../sdk";
import { short } from "../ui";
import { RenderedSections } from "../Rendered";

export function RenderedRecord({ opened, onClose }: { opened: OpenedRecord; onClose: () => void }) {
  const { rendered, verification, keySource } = opened;
  return (
    <section className="card record" aria-labelledby="precord-title" data-testid="record-view">
      <div className="row">
        <h2 id="precord-title">Record #{verification.id}</h2>
        <button type="button" className="secondary" onClick={onClose}>
          Close
        </button>
      </div>
      {rendered.patient && <p className="fact">Patient: {rendered.patient}</p>}
      <RenderedSections rendered={rendered} level={3} />
      <p className="fact" data-testid="record-checked">
        Checked against the chain: its ciphertext hashes to its leaf, the leaf is in batch root{" "}
        <code>{short(verification.root, 8)}</code>, anchored in block {verification.anchoredInBlock}. Written
        by: {verification.authorship}. Key: {keySource}.
      </p>
    </section>
  );
}
