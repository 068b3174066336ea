// The researcher's screens: derive the key and register without ETH, wait for an authority's
// attestation, build criteria and open a request whose budget is escrowed by a permit (no ETH),
// watch the deliveries the relayer releases, open one (decrypted here, de-identified, rendered),
// dispute a trade, close the request.
import { useCallback, useEffect, useState } from "react";

import type { LoadedDeployment } from "../deployment";
import { Alert, KeyStep, explain, short, useRun, useSession } from "../ui";
import { CriteriaBuilder, type CriteriaForm, checked, criteriaJson, newRow } from "./CriteriaBuilder";
import {
  budget,
  type DeliveryRow,
  type OpenedDelivery,
  type OpenedRequest,
  Researcher,
  type RequestView,
  type ResearcherStatus,
} from "./sdk";
import { RenderedSections } from "../Rendered";

type Busy = "key" | "status" | "register" | "open" | "request" | "deliveries" | "delivery" | "close" | "dispute";

/** How often the page asks the relayer for new deliveries of the request shown. */
const WATCH_MS = 10_000;

export function ResearcherView({ loaded }: { loaded: LoadedDeployment }) {
  const [publicKey, setPublicKey] = useState<string | null>(null);
  const [status, setStatus] = useState<ResearcherStatus | null>(null);
  const [opened, setOpened] = useState<OpenedRequest | null>(null);
  const [requestId, setRequestId] = useState<string | null>(null);
  const { busy, error, setError, run } = useRun<Busy>();

  // One SDK session per account; dropped (keys and all) when the account goes.
  const researcher = useSession(Researcher, loaded, setError);

  const refreshStatus = useCallback(async () => {
    if (!researcher) return;
    const s = await run("status", () => researcher.status());
    if (s) setStatus(s);
  }, [researcher, run]);

  const deriveKey = async () => {
    if (!researcher) return;
    const derived = await run("key", () => researcher.deriveKey());
    if (!derived) return;
    setPublicKey(derived.publicKey);
    await refreshStatus();
  };

  const register = async () => {
    if (!researcher) return;
    const done = await run("register", () => researcher.register());
    if (done) await refreshStatus();
  };

  if (!researcher) return <p aria-busy="true">Loading…</p>;

  return (
    <>
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <KeyStep
        id="rkey-title"
        title="Your encryption key"
        publicKey={publicKey}
        busy={busy !== null}
        waiting={busy === "key"}
        onDerive={deriveKey}
      >
        The data patients sell you is encrypted to a key only you can re-create: your wallet will
        ask you to sign one message, titled <em>EncryptionKeyDerivation</em>. It is not a
        transaction and costs nothing. Anyone who obtains that signature could read the data you
        bought, so sign it only on this page.
      </KeyStep>

      {publicKey && status && !status.registered && (
        <section className="card" aria-labelledby="rregister-title" data-testid="register-step">
          <h2 id="rregister-title">Register as a researcher</h2>
          {status.otherRole ? (
            <p>This account is registered in another role: use another account for research.</p>
          ) : (
            <>
              <p>
                Registering publishes your encryption key, so patients can encrypt what they sell to
                you. An authority then attests your account before you can open requests. You need no
                ETH: your wallet signs, the medvault relayer pays the fee.
              </p>
              <button type="button" disabled={busy !== null} onClick={register}>
                {busy === "register" ? "Registering…" : "Register as a researcher without ETH"}
              </button>
            </>
          )}
        </section>
      )}

      {publicKey && status?.registered && status.keyMatches === false && (
        <Alert message="This account registered a different encryption key than the one just derived: deliveries encrypted to the registered key will not open here." />
      )}

      {status?.registered && (
        <section className="card" aria-labelledby="rstatus-title" data-testid="researcher-status">
          <div className="row">
            <h2 id="rstatus-title">Your researcher account</h2>
            <button type="button" className="secondary" disabled={busy !== null} onClick={refreshStatus}>
              {busy === "status" ? "Checking…" : "Check again"}
            </button>
          </div>
          <p className="fact" data-testid="verification">
            {status.verified
              ? "Verified researcher: an authority attested this account, so it may open requests."
              : "Registered, not yet verified: an authority must attest this account before it can open requests. Check again once it has."}
          </p>
          <p className="fact" data-testid="balances">
            Token balance: <strong>{status.mvtText}</strong>. ETH balance:{" "}
            {status.ethBalance === "0" ? "none needed" : `${status.ethBalance} wei`}.
          </p>
        </section>
      )}

      {status?.verified && (
        <OpenRequest
          researcher={researcher}
          status={status}
          busy={busy}
          run={run}
          onOpened={async (o) => {
            setOpened(o);
            setRequestId(o.request);
            await refreshStatus();
          }}
        />
      )}

      {opened && (
        <p className="verified" role="status" data-testid="opened">
          Request #{opened.request} is open: {opened.escrowedText} escrowed until {opened.deadlineText}.
          Its criteria are pinned at <code>{short(opened.criteriaCid, 8)}</code>
          {opened.listed ? ` (not yet in the relayer's feed: ${opened.listed})` : " and listed in the relayer's feed"}.
        </p>
      )}

      {status?.registered && (
        <WatchRequest
          researcher={researcher}
          requestId={requestId}
          onPick={setRequestId}
          busy={busy}
          run={run}
          onClosed={refreshStatus}
        />
      )}
    </>
  );
}

type Run = ReturnType<typeof useRun<Busy>>["run"];

function OpenRequest(props: {
  researcher: Researcher;
  status: ResearcherStatus;
  busy: Busy | null;
  run: Run;
  onOpened: (o: OpenedRequest) => Promise<void>;
}) {
  const { researcher, status, busy, run } = props;
  const [form, setForm] = useState<CriteriaForm>({ combine: "all", rows: [newRow()] });
  const [price, setPrice] = useState("2");
  const [max, setMax] = useState("5");
  const [days, setDays] = useState("30");

  const maxN = Number(max);
  const daysN = Number(days);
  const criteria = checked(form);
  let cost: { budget: string; budgetText: string } | null = null;
  let termsProblem: string | null = null;
  if (!Number.isInteger(maxN) || maxN < 1 || maxN > 4_294_967_295) termsProblem = "The number of records is a whole number above zero.";
  else if (!Number.isInteger(daysN) || daysN < 1 || daysN > 365) termsProblem = "A request stays open for 1 to 365 days.";
  else {
    try {
      cost = budget(price, maxN);
      if (BigInt(cost.budget) === 0n) termsProblem = "The price per record must be above zero.";
    } catch (e) {
      termsProblem = explain(e);
    }
  }
  const short_ = cost !== null && BigInt(cost.budget) > BigInt(status.mvt);
  const ready = !criteria.error && !termsProblem && !short_;

  const open = async () => {
    const o = await run("open", () => researcher.openRequest(criteriaJson(form), price, maxN, daysN));
    if (o) await props.onOpened(o);
  };

  return (
    <section className="card" aria-labelledby="open-title" data-testid="open-request">
      <h2 id="open-title">Open a research request</h2>
      <p>
        Say which patients you are looking for. Each patient's own wallet checks these criteria against
        her records; only those who match and approve sell you a de-identified copy.
      </p>
      <CriteriaBuilder form={form} onChange={setForm} />
      <h3>Terms</h3>
      <div className="fields">
        <label className="field">
          <span>Price per record (MVT)</span>
          <input inputMode="decimal" value={price} onChange={(e) => setPrice(e.target.value)} />
        </label>
        <label className="field">
          <span>Most records bought</span>
          <input inputMode="numeric" value={max} onChange={(e) => setMax(e.target.value)} />
        </label>
        <label className="field">
          <span>Open for (days)</span>
          <input inputMode="numeric" value={days} onChange={(e) => setDays(e.target.value)} />
        </label>
      </div>
      {termsProblem ? (
        <p className="problem">{termsProblem}</p>
      ) : (
        cost && (
          <p className={short_ ? "problem" : "fact"} data-testid="budget">
            Budget escrowed now: <strong>{cost.budgetText}</strong> ({price} MVT × {maxN} records), of your{" "}
            {status.mvtText}.{" "}
            {short_
              ? "That is more than you hold: lower the price or the number of records, or get tokens first."
              : "What is not spent comes back when you close the request."}
          </p>
        )
      )}
      <p className="fact">
        Your wallet signs twice: a permit letting the market take the budget, then the request itself.
        The relayer submits it; you need no ETH.
      </p>
      <button type="button" disabled={busy !== null || !ready} onClick={open}>
        {busy === "open" ? "Waiting for your wallet…" : "Sign and open the request"}
      </button>
    </section>
  );
}

function WatchRequest(props: {
  researcher: Researcher;
  requestId: string | null;
  onPick: (id: string) => void;
  busy: Busy | null;
  run: Run;
  onClosed: () => Promise<void>;
}) {
  const { researcher, requestId, busy, run } = props;
  const [typed, setTyped] = useState("");
  const [view, setView] = useState<RequestView | null>(null);
  const [rows, setRows] = useState<DeliveryRow[] | null>(null);
  const [delivery, setDelivery] = useState<OpenedDelivery | null>(null);
  const [closed, setClosed] = useState<string | null>(null);
  const [disputed, setDisputed] = useState<string | null>(null);

  const load = useCallback(async () => {
    if (!requestId) return;
    const v = await run("request", () => researcher.request(requestId));
    if (!v) return;
    setView(v);
    const d = await run("deliveries", () => researcher.deliveries(requestId));
    if (d) setRows(d);
  }, [requestId, researcher, run]);

  useEffect(() => {
    setView(null);
    setRows(null);
    setDelivery(null);
    void load();
  }, [load]);

  // Watch the chain (free, no signature): a trade settles when its class of patients reaches k
  // and the relayer releases its delivery. Listing them is a signed request to the relayer, so
  // the wallet is asked only when the person clicks.
  useEffect(() => {
    if (!requestId || view?.closed) return;
    const timer = setInterval(() => {
      researcher
        .request(requestId)
        .then((v) => setView((old) => (old && old.request === v.request ? v : old)))
        .catch(() => undefined);
    }, WATCH_MS);
    return () => clearInterval(timer);
  }, [requestId, researcher, view?.closed]);

  const openDelivery = async (row: DeliveryRow) => {
    if (!requestId) return;
    const d = await run("delivery", () => researcher.openDelivery(requestId, row));
    if (d) setDelivery(d);
  };
  const fresh = view && rows ? view.settled - rows.length : 0;

  const close = async () => {
    if (!requestId) return;
    const c = await run("close", () => researcher.close(requestId));
    if (!c) return;
    setClosed(c.returnedText);
    await load();
    await props.onClosed();
  };

  return (
    <section className="card" aria-labelledby="watch-title" data-testid="watch">
      <h2 id="watch-title">Deliveries</h2>
      <form
        className="fields"
        onSubmit={(e) => {
          e.preventDefault();
          if (typed.trim()) props.onPick(typed.trim());
        }}
      >
        <label className="field">
          <span>Request number</span>
          <input inputMode="numeric" value={typed} onChange={(e) => setTyped(e.target.value)} />
        </label>
        <button type="submit" className="secondary" disabled={busy !== null}>
          Show request
        </button>
      </form>
      {!requestId && <p>Open a request above, or enter the number of one you opened.</p>}
      {view && (
        <div data-testid="request-view">
          <h3>Request #{view.request}</h3>
          <p className="fact">
            {view.priceText} per record, at most {view.maxRecords} records; {view.settled} bought so far.
            Unspent budget (it comes back when you close): {view.escrowText}. {view.closed ? "Closed." : `Open until ${view.deadlineText}.`}
            {view.openDisputes > 0 && ` Open disputes: ${view.openDisputes}.`}
          </p>
          <div className="actions">
            <button type="button" className="secondary" disabled={busy !== null} onClick={load}>
              {busy === "deliveries" || busy === "request" ? "Checking…" : "Check for deliveries"}
            </button>
            {!view.closed && (
              <button type="button" className="secondary" disabled={busy !== null} onClick={close}>
                {busy === "close" ? "Closing…" : "Close the request and take back the rest"}
              </button>
            )}
          </div>
          {closed && (
            <p className="verified" role="status" data-testid="closed">
              Request closed: {closed} came back to your account.
            </p>
          )}
        </div>
      )}
      {fresh > 0 && (
        <p className="verified" role="status" data-testid="new-deliveries">
          {fresh === 1 ? "A new trade has" : `${fresh} new trades have`} settled on the chain: its
          delivery is released. Check for deliveries to list it (your wallet signs the request to the
          relayer).
        </p>
      )}
      {rows && rows.length === 0 && (
        <p data-testid="no-deliveries">
          No deliveries released yet. Patients' data is released in classes of patients alike in age
          band, sex and region, once a class is large enough; this page watches the chain and says
          when one is.
        </p>
      )}
      {rows && rows.length > 0 && (
        <table>
          <caption className="sr-only">Released deliveries</caption>
          <thead>
            <tr>
              <th scope="col">Age band</th>
              <th scope="col">Sex</th>
              <th scope="col">Region</th>
              <th scope="col">Sold by (one-time key)</th>
              <th scope="col">
                <span className="sr-only">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((d) => (
              <tr key={d.seller} data-testid="delivery-row">
                <td>{d.ageBand}</td>
                <td>{d.sex}</td>
                <td>{d.region}</td>
                <td>
                  <code>{short(d.seller)}</code>
                </td>
                <td>
                  <button type="button" disabled={busy !== null} onClick={() => openDelivery(d)}>
                    Fetch and decrypt
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {delivery && requestId && (
        <DeliveryView
          delivery={delivery}
          busy={busy}
          disputed={disputed}
          onClose={() => setDelivery(null)}
          onDispute={async (reason) => {
            const d = await run("dispute", () => researcher.dispute(requestId, delivery.seller, reason));
            if (d) {
              setDisputed(d.tx);
              await load();
            }
          }}
        />
      )}
    </section>
  );
}

function DeliveryView(props: {
  delivery: OpenedDelivery;
  busy: Busy | null;
  disputed: string | null;
  onClose: () => void;
  onDispute: (reason: string) => Promise<void>;
}) {
  const { rendered, ageBand, sex, region, seller } = props.delivery;
  const [reason, setReason] = useState("");
  return (
    <div className="record" data-testid="delivery-view" aria-labelledby="delivery-title" role="region">
      <div className="row">
        <h3 id="delivery-title">De-identified record from {short(seller)}</h3>
        <button type="button" className="secondary" onClick={props.onClose}>
          Close
        </button>
      </div>
      <p className="fact" data-testid="delivery-class">
        Decrypted in this page. Class: age {ageBand}, sex {sex}, region {region}. Names, addresses,
        identifiers and exact dates were removed on the patient's own device before it was encrypted
        for you.
      </p>
      {rendered.patient && <p className="fact">Subject: {rendered.patient}</p>}
      <RenderedSections rendered={rendered} level={4} />
      <form
        className="dispute"
        onSubmit={(e) => {
          e.preventDefault();
          void props.onDispute(reason);
        }}
      >
        <h4>Dispute this trade</h4>
        <p className="fact">
          If the data does not meet your criteria, dispute it within the dispute window: an arbiter
          decides, and you post a bond of a tenth of the price. The market can take the bond only
          after a token approval, which is a transaction of your own and needs ETH; without it the
          page tells you so and nothing changes.
        </p>
        <label className="field">
          <span>Reason (kept off-chain; its hash goes on-chain)</span>
          <input value={reason} onChange={(e) => setReason(e.target.value)} />
        </label>
        <button type="submit" disabled={props.busy !== null || reason.trim() === ""}>
          {props.busy === "dispute" ? "Disputing…" : "Dispute this trade"}
        </button>
        {props.disputed && (
          <p className="verified" role="status">
            Disputed (transaction <code>{short(props.disputed, 8)}</code>).
          </p>
        )}
      </form>
    </div>
  );
}
