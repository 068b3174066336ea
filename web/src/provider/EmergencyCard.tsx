// Breaking the glass: a certified provider reads a patient's emergency profile when she cannot
// act. The access is on the public record (the chain names her by a salted tag only), she is
// notified, and she reviews it afterwards; only the emergency category is released, for the
// window only.
import { useState } from "react";

import type { EmergencyRead } from "./sdk";
import { RenderedSections } from "../Rendered";

export function EmergencyCard(props: {
  busy: boolean;
  disabled: boolean;
  read: EmergencyRead | null;
  onBreakGlass: (patient: string, reason: number) => void;
}) {
  const [patient, setPatient] = useState("");
  const [reason, setReason] = useState("1");
  const { read } = props;
  return (
    <section className="card" aria-labelledby="emergency-title" data-testid="emergency">
      <h2 id="emergency-title">Emergency access</h2>
      <p>
        When a patient cannot act, you may break the glass to read her emergency profile (blood type,
        allergies, medications, conditions, contacts). The access is recorded on the chain, she is told
        of it and reviews it afterwards; it lasts at most a day. You need no ETH.
      </p>
      <form
        className="upload-form"
        onSubmit={(e) => {
          e.preventDefault();
          props.onBreakGlass(patient, Number(reason));
        }}
      >
        <label htmlFor="emergency-patient">Patient's account address</label>
        <input
          id="emergency-patient"
          value={patient}
          spellCheck={false}
          placeholder="0x…"
          onChange={(e) => setPatient(e.target.value)}
        />
        <label htmlFor="emergency-reason">Reason code (your hospital's emergency protocol)</label>
        <input
          id="emergency-reason"
          inputMode="numeric"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
        <div className="actions">
          <button type="submit" className="danger" disabled={props.disabled || !patient || !/^\d+$/.test(reason)}>
            {props.busy ? "Breaking the glass…" : "Break the glass and read"}
          </button>
        </div>
      </form>
      {read && (
        <div className="record" data-testid="emergency-read">
          <p className="fact" role="status">
            {read.opened
              ? `Glass broken: emergency access #${read.opened.id}, on the public record; the patient is notified.`
              : "Read within your open emergency window on this patient."}{" "}
            The window ends {read.until}.
          </p>
          {read.records.map((r) => (
            <div key={r.id} data-testid={r.isProfile ? "emergency-profile" : "emergency-note"}>
              <h3>{r.isProfile ? "Her emergency profile" : `An emergency note (record #${r.id})`}</h3>
              {r.bloodType && <p className="fact">Blood type: {r.bloodType}</p>}
              {r.rendered && <RenderedSections rendered={r.rendered} level={4} />}
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
