// The patient's consents: grant a doctor (or anyone registered) read or write access to one record
// or a whole category for some days, the consents she gave with their expiry and a Revoke button,
// and the access requests sealed to her, each to grant or ignore. Every change is signed in her
// wallet and submitted by the relayer: she needs no ETH.
import { type FormEvent, useCallback, useEffect, useMemo, useState } from "react";

import { type AccessRequest, type GivenConsent, type GrantTarget, type Patient, type RecordRow, consentCategories } from "../sdk";
import { Alert, short, useRun } from "../ui";

type Busy = "consents" | "grant" | "revoke" | "requests";

const ignoredKey = (account: string) => `medvault.ignored-requests.v1:${account.toLowerCase()}`;

/** The access requests she chose to ignore on this device (their transaction hashes). */
function loadIgnored(account: string): string[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(ignoredKey(account)) ?? "[]");
    return Array.isArray(parsed) ? parsed.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

function scopeText(c: { kind: string; categoryName: string | null; recordId: string | null }, records: RecordRow[]): string {
  if (c.kind === "category") return `all ${c.categoryName} records`;
  if (c.kind === "record") {
    const r = records.find((x) => x.recordId === c.recordId);
    return r ? `record #${r.id} (${r.categoryName})` : `record ${short(c.recordId ?? "")}`;
  }
  return "a record no longer listed";
}

export function Consents(props: {
  patient: Patient;
  records: RecordRow[];
  onRequests: (requests: AccessRequest[]) => void;
}) {
  const { patient, records, onRequests } = props;
  const { busy, error, setError, run } = useRun<Busy>();
  const categories = useMemo(() => consentCategories(), []);
  const [consents, setConsents] = useState<GivenConsent[] | null>(null);
  const [requests, setRequests] = useState<AccessRequest[] | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [ignored, setIgnored] = useState<string[]>(() => loadIgnored(patient.account));

  // The form.
  const [grantee, setGrantee] = useState("");
  const [kind, setKind] = useState<"category" | "record">("category");
  const [category, setCategory] = useState("conditions");
  const [recordId, setRecordId] = useState("");
  const [access, setAccess] = useState<"read" | "write">("read");
  const [days, setDays] = useState(30);

  const loadConsents = useCallback(async () => {
    const got = await run("consents", () => patient.consents());
    if (got) setConsents(got);
  }, [patient, run]);

  const loadRequests = useCallback(async () => {
    const got = await run("requests", () => patient.accessRequests());
    if (got) {
      setRequests(got);
      onRequests(got);
    }
  }, [patient, run, onRequests]);

  useEffect(() => {
    void (async () => {
      await loadRequests();
      await loadConsents();
    })();
  }, [loadConsents, loadRequests]);

  const grant = async (to: string, target: GrantTarget, acc: "read" | "write", d: number) => {
    setDone(null);
    const granted = await run("grant", () => patient.grant(to.trim(), target, acc, d));
    if (!granted) return;
    setDone(`Granted until ${granted.expires}.`);
    await loadConsents();
  };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const target: GrantTarget = kind === "category" ? { kind, category } : { kind, recordId };
    if (kind === "record" && !recordId) {
      setError("Pick one of your records.");
      return;
    }
    void grant(grantee, target, access, days);
  };

  const revoke = async (c: GivenConsent) => {
    setDone(null);
    const target: GrantTarget =
      c.kind === "category" ? { kind: "category", category: String(c.category) } : { kind: "record", recordId: c.recordId ?? "" };
    const revoked = await run("revoke", () => patient.revoke(c.grantee, target));
    if (!revoked) return;
    setDone(`Revoked: ${short(c.grantee)} can no longer open ${scopeText(c, records)}.`);
    await loadConsents();
  };

  const ignore = (id: string) => {
    const next = [...ignored, id];
    setIgnored(next);
    window.localStorage.setItem(ignoredKey(patient.account), JSON.stringify(next));
  };

  const pending = (requests ?? []).filter((r) => !ignored.includes(r.id));
  const shown = (consents ?? []).filter((c) => c.access !== "none");

  return (
    <>
      <section className="card" aria-labelledby="grant-title" data-testid="grant">
        <h2 id="grant-title">Share your records</h2>
        <p>
          Let a doctor open one of your records, or every record of a kind, for a number of days. Your wallet signs; the
          relayer submits it, so you need no ETH. You can revoke it at any time.
        </p>
        {error && <Alert message={error} onDismiss={() => setError(null)} />}
        {done && (
          <p role="status" className="verified" data-testid="consent-done">
            {done}
          </p>
        )}
        <form className="grant-form" onSubmit={submit}>
          <div className="field">
            <label htmlFor="grant-grantee">Grantee (account address)</label>
            <input id="grant-grantee" value={grantee} onChange={(e) => setGrantee(e.target.value)} placeholder="0x…" required spellCheck={false} />
          </div>
          <fieldset>
            <legend>On</legend>
            <label>
              <input type="radio" name="kind" checked={kind === "category"} onChange={() => setKind("category")} /> A category
            </label>
            <label>
              <input type="radio" name="kind" checked={kind === "record"} onChange={() => setKind("record")} disabled={records.length === 0} /> One
              record
            </label>
          </fieldset>
          {kind === "category" ? (
            <div className="field">
              <label htmlFor="grant-category">Category</label>
              <select id="grant-category" value={category} onChange={(e) => setCategory(e.target.value)}>
                {categories.map((c) => (
                  <option key={c.id} value={c.name}>
                    {c.name}
                  </option>
                ))}
              </select>
            </div>
          ) : (
            <div className="field">
              <label htmlFor="grant-record">Record</label>
              <select id="grant-record" value={recordId} onChange={(e) => setRecordId(e.target.value)}>
                <option value="">Choose a record…</option>
                {records.map((r) => (
                  <option key={r.id} value={r.recordId}>
                    #{r.id} {r.categoryName} (version {r.version})
                  </option>
                ))}
              </select>
            </div>
          )}
          <div className="field">
            <label htmlFor="grant-access">Access</label>
            <select id="grant-access" value={access} onChange={(e) => setAccess(e.target.value as "read" | "write")}>
              <option value="read">read</option>
              <option value="write">write (file new records)</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor="grant-days">Days</label>
            <input id="grant-days" type="number" min={1} max={3650} value={days} onChange={(e) => setDays(Number(e.target.value))} required />
          </div>
          <button type="submit" disabled={busy !== null}>
            {busy === "grant" ? "Granting…" : "Grant access"}
          </button>
        </form>
      </section>

      <section className="card" aria-labelledby="consents-title" data-testid="consents">
        <div className="row">
          <h2 id="consents-title">Consents you gave</h2>
          <button type="button" className="secondary" disabled={busy !== null} onClick={loadConsents}>
            {busy === "consents" ? "Loading…" : "Refresh consents"}
          </button>
        </div>
        {consents === null && <p aria-busy="true">Re-deriving your consents on this device…</p>}
        {consents && shown.length === 0 && <p data-testid="no-consents">You have given no consents.</p>}
        {shown.length > 0 && (
          <table>
            <thead>
              <tr>
                <th scope="col">Grantee</th>
                <th scope="col">On</th>
                <th scope="col">Access</th>
                <th scope="col">Until</th>
                <th scope="col">
                  <span className="sr-only">Revoke</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {shown.map((c) => (
                <tr key={c.grantId} data-testid={`consent-${c.grantee.toLowerCase()}-${c.kind}-${c.category ?? c.recordId}`}>
                  <td>
                    <code>{short(c.grantee)}</code>
                  </td>
                  <td>{scopeText(c, records)}</td>
                  <td>{c.access}</td>
                  <td>
                    {c.revokedAt !== null ? (
                      <span className="badge">revoked</span>
                    ) : c.inForce ? (
                      c.expires
                    ) : (
                      <span className="badge">expired {c.expires}</span>
                    )}
                  </td>
                  <td>
                    {c.inForce && (
                      <button
                        type="button"
                        className="secondary"
                        disabled={busy !== null || c.kind === "unknown"}
                        onClick={() => revoke(c)}
                        aria-label={`Revoke ${short(c.grantee)} on ${scopeText(c, records)}`}
                      >
                        {busy === "revoke" ? "Revoking…" : "Revoke"}
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>

      <section className="card" aria-labelledby="requests-title" data-testid="access-requests">
        <div className="row">
          <h2 id="requests-title">Access requests</h2>
          <button type="button" className="secondary" disabled={busy !== null} onClick={loadRequests}>
            {busy === "requests" ? "Loading…" : "Refresh requests"}
          </button>
        </div>
        {requests && pending.length === 0 && <p>No one is asking for access.</p>}
        {pending.length > 0 && (
          <ul className="plain">
            {pending.map((r) => {
              const target: GrantTarget =
                r.kind === "category" ? { kind: "category", category: String(r.category) } : { kind: "record", recordId: r.recordId ?? "" };
              return (
                <li key={r.id} data-testid={`access-request-${r.id}`}>
                  <code>{short(r.requester)}</code> asks to {r.access} {scopeText(r, records)}.{" "}
                  <span className="actions">
                    <button type="button" disabled={busy !== null} onClick={() => grant(r.requester, target, r.access, 30)}>
                      Grant for 30 days
                    </button>
                    <button type="button" className="secondary" disabled={busy !== null} onClick={() => ignore(r.id)}>
                      Ignore
                    </button>
                  </span>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
