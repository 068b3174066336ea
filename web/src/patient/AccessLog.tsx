// Who read her records: the relayer's receipts and, for each key released by the committee, the
// key nodes that logged the read (`medvault patient access-log`).
import { useState } from "react";

import type { LoggedRead, Patient, RecordRow } from "../sdk";
import { Alert, short, useRun } from "../ui";

export function AccessLog({ patient, records }: { patient: Patient; records: RecordRow[] }) {
  const { busy, error, setError, run } = useRun<"log">();
  const [log, setLog] = useState<{ reads: LoggedRead[]; notAnswering: string[] } | null>(null);

  const load = async () => {
    const got = await run("log", () => patient.accessLog());
    if (got) setLog(got);
  };

  const record = (r: LoggedRead) => {
    const n = records.find((x) => x.recordId === r.recordId && x.version === r.version);
    return n ? `record #${n.id} v${r.version}` : `record ${short(r.recordId)} v${r.version}`;
  };

  return (
    <section className="card" aria-labelledby="log-title" data-testid="access-log">
      <div className="row">
        <h2 id="log-title">Who read your records</h2>
        <button type="button" className="secondary" disabled={busy !== null} onClick={load}>
          {busy ? "Loading…" : log ? "Refresh access log" : "Show the access log"}
        </button>
      </div>
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      {log && log.reads.length === 0 && <p>No one has read your records.</p>}
      {log && log.reads.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Reader</th>
              <th scope="col">What</th>
              <th scope="col">Outcome</th>
              <th scope="col">Logged by</th>
            </tr>
          </thead>
          <tbody>
            {log.reads.map((r, i) => (
              <tr key={i} data-testid={`read-${r.reader.toLowerCase()}`}>
                <td>{r.date}</td>
                <td>
                  <code>{short(r.reader)}</code>
                </td>
                <td>{record(r)}</td>
                <td>
                  <span className={r.granted ? "badge ok" : "badge"}>{r.granted ? "released" : "refused"}</span> {r.reason}
                </td>
                <td>
                  {r.source === "relayer"
                    ? "the relayer"
                    : `${r.nodes.length} key nodes (${r.nodes.filter((n) => n.anchored).length} anchored)`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {log?.notAnswering.map((f) => (
        <p key={f} className="warning">
          Key node not answering: {f}
        </p>
      ))}
    </section>
  );
}
