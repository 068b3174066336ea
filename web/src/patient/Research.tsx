// Research on the patient's terms: her MVT (her account's and the one-time trade addresses'
// payouts), the open research requests matched on this device against her own records, exactly
// what approving one would share (the de-identified view), Approve (one `Sale` signature), and
// Claim once the dispute window has passed (a claim before then says until when; one the
// relayer's batch claim already paid succeeds without a transaction).
import { useCallback, useEffect, useState } from "react";

import type { Approved, Balances, Patient, ResearchRequest } from "../sdk";
import { Alert, short, useRun } from "../ui";

type Busy = "balances" | "requests" | "approve" | "claim";

export function Research({ patient, onBalances }: { patient: Patient; onBalances: (b: Balances) => void }) {
  const { busy, error, setError, run } = useRun<Busy>();
  const [balances, setBalances] = useState<Balances | null>(null);
  const [requests, setRequests] = useState<ResearchRequest[] | null>(null);
  const [approved, setApproved] = useState<Approved | null>(null);
  const [claimed, setClaimed] = useState<string | null>(null);

  const loadBalances = useCallback(async () => {
    const got = await run("balances", () => patient.balances());
    if (got) {
      setBalances(got);
      onBalances(got);
    }
  }, [patient, run, onBalances]);

  const loadRequests = useCallback(async () => {
    const got = await run("requests", () => patient.researchRequests());
    if (got) setRequests(got);
  }, [patient, run]);

  useEffect(() => {
    void loadBalances();
  }, [loadBalances]);

  const approve = async (r: ResearchRequest) => {
    setApproved(null);
    const got = await run("approve", () => patient.approve(r.request));
    if (!got) return;
    setApproved(got);
    await loadBalances();
  };

  const claim = async (request: string) => {
    setClaimed(null);
    const got = await run("claim", () => patient.claim(request));
    if (!got) return;
    setClaimed(`${got.payout} paid to your one-time address ${short(got.paidTo)}${got.tx ? "" : " (by the relayer's batch claim)"}.`);
    await loadBalances();
  };

  const traded = new Set((balances?.trades ?? []).map((t) => t.request));

  return (
    <>
      <section className="card" aria-labelledby="balance-title" data-testid="balances">
        <div className="row">
          <h2 id="balance-title">Your MVT</h2>
          <button type="button" className="secondary" disabled={busy !== null} onClick={loadBalances}>
            {busy === "balances" ? "Loading…" : "Refresh balance"}
          </button>
        </div>
        {error && <Alert message={error} onDismiss={() => setError(null)} />}
        {balances && (
          <>
            <p className="fact">
              In total: <strong data-testid="mvt-total">{balances.total}</strong> ({balances.account.text} in your account
              {balances.trades.length > 0 && ", the rest at the one-time addresses your trades were paid to"}).
            </p>
            {balances.trades.length > 0 && (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Request</th>
                    <th scope="col">Paid to</th>
                    <th scope="col">Payout</th>
                    <th scope="col">Status</th>
                    <th scope="col">Balance</th>
                    <th scope="col">
                      <span className="sr-only">Claim</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {balances.trades.map((t) => (
                    <tr key={`${t.request}-${t.seller}`} data-testid={`trade-${t.request}`} data-seller={t.seller}>
                      <td>{t.request}</td>
                      <td>
                        <code>{short(t.seller)}</code>
                      </td>
                      <td>{t.payout}</td>
                      <td>
                        {t.status === "pending" && !t.claimable ? (
                          <>in the dispute window until {t.release}</>
                        ) : (
                          <span className={t.status === "paid" ? "badge ok" : "badge"}>{t.status === "pending" ? "claimable" : t.status}</span>
                        )}
                      </td>
                      <td data-testid={`trade-balance-${t.request}`}>{t.balance}</td>
                      <td>
                        {t.status === "pending" && (
                          <button type="button" disabled={busy !== null} onClick={() => claim(t.request)}>
                            {busy === "claim" ? "Claiming…" : "Claim"}
                          </button>
                        )}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {claimed && (
              <p role="status" className="verified" data-testid="claimed">
                Claimed: {claimed}
              </p>
            )}
          </>
        )}
      </section>

      <section className="card" aria-labelledby="research-title" data-testid="research">
        <div className="row">
          <h2 id="research-title">Research requests</h2>
          <button type="button" className="secondary" disabled={busy !== null} onClick={loadRequests}>
            {busy === "requests" ? "Matching on this device…" : requests ? "Refresh requests" : "Check research requests"}
          </button>
        </div>
        <p>
          Researchers pay for de-identified data from patients who meet their criteria. Your records are decrypted and matched
          here, on this device; nothing is shared unless you approve, and then only what is shown below.
        </p>
        {requests && requests.length === 0 && <p>There are no open research requests.</p>}
        {requests?.map((r) => (
          <article key={r.request} className="request" data-testid={`research-${r.request}`} aria-labelledby={`research-${r.request}-title`}>
            <h3 id={`research-${r.request}-title`}>
              Request {r.request}: {r.price} per patient
            </h3>
            <p className="fact">
              By researcher <code>{short(r.researcher)}</code>; {r.openSlots} places left; open until {r.deadlineDate}.
            </p>
            <p className="fact">
              Criteria: <code>{r.criteria ?? `cannot be checked (${r.reason})`}</code>
            </p>
            {r.matches ? (
              <>
                <p>
                  <span className="badge ok">Your records match</span>
                </p>
                {r.shared && <Shared shared={r.shared} />}
                {traded.has(r.request) ? (
                  <p className="fact">You approved this request.</p>
                ) : (
                  <button type="button" disabled={busy !== null} onClick={() => approve(r)}>
                    {busy === "approve" ? "Approving…" : `Approve and share for ${r.price}`}
                  </button>
                )}
              </>
            ) : (
              <p>
                <span className="badge">Your records do not match</span>
              </p>
            )}
          </article>
        ))}
        {approved && (
          <p role="status" className="verified" data-testid="approved">
            Approved request {approved.request} for {approved.price}: your de-identified data (class {approved.class.ageBand},{" "}
            {approved.class.sex}, {approved.class.region}) is sealed for the researcher and paid to the one-time address{" "}
            <code>{short(approved.seller)}</code>; the relayer holds it until {approved.state === "released" ? "now (released)" : "enough patients of your class approve"}.
          </p>
        )}
      </section>
    </>
  );
}

/** Exactly what approving shares: the de-identified view, rendered and as the JSON sent. */
function Shared({ shared }: { shared: NonNullable<ResearchRequest["shared"]> }) {
  return (
    <div className="shared" data-testid="shared">
      <h4>What would be shared (de-identified, no name, address or identifier)</h4>
      {shared.rendered.sections.map((s) => (
        <div key={s.title}>
          <h5>{s.title}</h5>
          <ul>
            {s.lines.map((l, i) => (
              <li key={i}>
                {l.text}
                {l.detail && <span className="detail"> — {l.detail}</span>}
                {l.date && <span className="date"> ({l.date})</span>}
              </li>
            ))}
          </ul>
        </div>
      ))}
      {shared.dropped > 0 && <p className="fact">{shared.dropped} resources are left out entirely.</p>}
      <details>
        <summary>The exact data (FHIR JSON)</summary>
        <pre tabIndex={0}>{shared.json}</pre>
      </details>
    </div>
  );
}
