// The provider's screens: derive the key, register and stake without ETH, the certification's
// standing and reviews, upload FHIR for a patient who gave WRITE consent, the grants received and a
// granted record rendered as a clinician reads it.
import { useCallback, useEffect, useRef, useState } from "react";

import type { LoadedDeployment } from "../deployment";
import type { OpenedRecord } from "../sdk";
import { Alert, KeyStep, short, useRun, useSession } from "../ui";
import { EmergencyCard } from "./EmergencyCard";
import { RenderedRecord } from "./RenderedRecord";
import { categories, type EmergencyRead, type Grant, Provider, type ProviderStatus, type Uploaded } from "./sdk";

type Busy = "key" | "status" | "register" | "stake" | "review" | "upload" | "grants" | "open" | "emergency";

export function ProviderView({ loaded }: { loaded: LoadedDeployment }) {
  const [publicKey, setPublicKey] = useState<string | null>(null);
  const [status, setStatus] = useState<ProviderStatus | null>(null);
  const [uploaded, setUploaded] = useState<Uploaded[]>([]);
  const [grants, setGrants] = useState<Grant[] | null>(null);
  const [opened, setOpened] = useState<OpenedRecord | null>(null);
  const [emergency, setEmergency] = useState<EmergencyRead | null>(null);
  const { busy, error, setError, run } = useRun<Busy>();

  // One SDK session per account; dropped (keys and all) when the account goes.
  const provider = useSession(Provider, loaded, setError);

  const refreshStatus = useCallback(async () => {
    if (!provider) return;
    const s = await run("status", () => provider.status());
    if (s) setStatus(s);
  }, [provider, run]);

  const loadGrants = useCallback(async () => {
    if (!provider) return;
    const g = await run("grants", () => provider.grants());
    if (g) setGrants(g);
  }, [provider, run]);

  useEffect(() => {
    if (status?.registered && grants === null) void loadGrants();
  }, [status, grants, loadGrants]);

  const deriveKey = async () => {
    if (!provider) return;
    const derived = await run("key", () => provider.deriveKey());
    if (!derived) return;
    setPublicKey(derived.publicKey);
    await refreshStatus();
  };

  const register = async () => {
    if (!provider) return;
    const done = await run("register", () => provider.register());
    if (done) await refreshStatus();
  };

  const stake = async (amount: string) => {
    if (!provider) return;
    const done = await run("stake", () => provider.stake(amount));
    if (done) await refreshStatus();
  };

  const requestReview = async () => {
    if (!provider) return;
    const done = await run("review", () => provider.requestReview());
    if (done) await refreshStatus();
  };

  const upload = async (patient: string, category: string, file: File) => {
    if (!provider) return false;
    const done = await run("upload", async () => provider.upload(patient, category, file.name, await file.text()));
    if (done) setUploaded((u) => [...u, ...done]);
    return done !== undefined;
  };

  const open = async (id: number) => {
    if (!provider) return;
    const got = await run("open", () => provider.open(id));
    if (got) setOpened(got);
  };

  const breakGlass = async (patient: string, reason: number) => {
    if (!provider) return;
    setEmergency(null);
    const got = await run("emergency", () => provider.breakGlass(patient, reason));
    if (got) setEmergency(got);
  };

  if (!provider) return <p aria-busy="true">Loading…</p>;

  return (
    <>
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      <KeyStep
        id="pkey-title"
        title="Your encryption key as a provider"
        publicKey={publicKey}
        busy={busy !== null}
        waiting={busy === "key"}
        onDerive={deriveKey}
      >
        Records you write are also encrypted to you, and records patients share with you are opened
        with this key. Your wallet will ask you to sign one message, titled{" "}
        <em>EncryptionKeyDerivation</em>. It is not a transaction and costs nothing. Anyone who
        obtains that signature could read what is shared with you, so sign it only on this page.
      </KeyStep>

      {publicKey && status && !status.registered && (
        <section className="card" aria-labelledby="preg-title" data-testid="register-step">
          <h2 id="preg-title">Register as a provider</h2>
          {status.role !== "none" ? (
            <Alert message={`This account is registered as a ${status.role}; a provider needs an account of its own.`} />
          ) : (
            <>
              <p>
                Registering publishes your encryption key, so patients can share records with you. You
                need no ETH: your wallet signs, the medvault relayer pays the fee.
              </p>
              <button type="button" disabled={busy !== null} onClick={register}>
                {busy === "register" ? "Registering…" : "Register as a provider without ETH"}
              </button>
            </>
          )}
        </section>
      )}

      {publicKey && status?.registered && status.keyMatches === false && (
        <Alert message="This account registered a different encryption key than the one just derived: records shared with the registered key will not open here." />
      )}

      {status?.registered && (
        <Standing
          status={status}
          busy={busy}
          onStake={stake}
          onRequestReview={requestReview}
          onRefresh={refreshStatus}
        />
      )}

      {status?.registered && (
        <UploadForm busy={busy} uploaded={uploaded} onUpload={upload} onOpen={open} />
      )}

      {status?.registered && (
        <GrantsCard grants={grants} busy={busy} onRefresh={loadGrants} onOpen={open} />
      )}

      {opened && <RenderedRecord opened={opened} onClose={() => setOpened(null)} />}

      {status?.certified && (
        <EmergencyCard
          busy={busy === "emergency"}
          disabled={busy !== null}
          read={emergency}
          onBreakGlass={breakGlass}
        />
      )}
    </>
  );
}

/** The stake, the token balance and the certification, with the stake form before applying. */
function Standing(props: {
  status: ProviderStatus;
  busy: Busy | null;
  onStake: (amount: string) => void;
  onRequestReview: () => void;
  onRefresh: () => void;
}) {
  const { status, busy } = props;
  const [amount, setAmount] = useState("");
  const applied = status.status !== "not applied";
  return (
    <section className="card" aria-labelledby="standing-title" data-testid="standing">
      <div className="row">
        <h2 id="standing-title">Stake and certification</h2>
        <button type="button" className="secondary" disabled={busy !== null} onClick={props.onRefresh}>
          {busy === "status" ? "Checking…" : "Check again"}
        </button>
      </div>
      <dl className="facts">
        <dt>Registered</dt>
        <dd data-testid="registered">as a provider</dd>
        <dt>Token balance</dt>
        <dd data-testid="tokens">{status.tokens}</dd>
        <dt>Stake</dt>
        <dd data-testid="stake">{status.stake}</dd>
        <dt>ETH balance</dt>
        <dd data-testid="eth">{status.ethBalance === "0" ? "none (none needed)" : status.ethBalanceText}</dd>
        <dt>Certification</dt>
        <dd data-testid="certification">
          <span className={status.certified ? "badge ok" : "badge"}>{status.certified ? "certified" : status.status}</span>
          {status.certifiedBy && <> by {status.certifiedBy}</>}
        </dd>
      </dl>

      {!applied && (
        <form
          className="stake-form"
          onSubmit={(e) => {
            e.preventDefault();
            props.onStake(amount);
          }}
        >
          <p>
            To apply for certification, stake at least {status.minStake}. You need no ETH: your wallet
            signs a token permit and the application, and the medvault relayer submits them.
          </p>
          <label htmlFor="stake-amount">Amount to stake (MVT; empty for the minimum, {status.minStake})</label>
          <div className="actions">
            <input
              id="stake-amount"
              inputMode="decimal"
              value={amount}
              placeholder={status.minStake}
              onChange={(e) => setAmount(e.target.value)}
            />
            <button type="submit" disabled={busy !== null}>
              {busy === "stake" ? "Staking…" : "Stake and apply without ETH"}
            </button>
          </div>
        </form>
      )}
      {status.status.startsWith("applied") && !status.activeReview && (
        <div className="review-request">
          <p>
            Your application is with the certifying authority. You may instead ask the certified providers
            to review it by vote (no bond, no ETH: your wallet signs, the relayer submits).
          </p>
          <button type="button" className="secondary" disabled={busy !== null} onClick={props.onRequestReview}>
            {busy === "review" ? "Requesting…" : "Request a peer review"}
          </button>
        </div>
      )}

      <h3>Reviews</h3>
      {status.reviews.length === 0 ? (
        <p className="fact" data-testid="reviews">No peer review of your account so far.</p>
      ) : (
        <table data-testid="reviews">
          <thead>
            <tr>
              <th scope="col">Review</th>
              <th scope="col">Kind</th>
              <th scope="col">Votes (for / against / committed)</th>
              <th scope="col">Commit until</th>
              <th scope="col">Reveal until</th>
              <th scope="col">Outcome</th>
            </tr>
          </thead>
          <tbody>
            {status.reviews.map((r) => (
              <tr key={r.id}>
                <td>#{r.id}</td>
                <td>{r.kind}</td>
                <td>
                  {r.yes} / {r.no} / {r.commits} (quorum {r.quorum})
                </td>
                <td>{r.commitEnd}</td>
                <td>{r.revealEnd}</td>
                <td>{r.outcome === "open" ? `open (${r.phase} phase)` : r.outcome}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="fact">
        Voting on other providers' reviews (commit, then reveal) posts a vote bond and is a transaction
        you send yourself, paid in ETH: for now it is done with the command line (
        <code>medvault provider vote</code>).
      </p>
    </section>
  );
}

/** A FHIR file (a resource or a Bundle) uploaded for a patient who gave WRITE consent. */
function UploadForm(props: {
  busy: Busy | null;
  uploaded: Uploaded[];
  onUpload: (patient: string, category: string, file: File) => Promise<boolean>;
  onOpen: (id: number) => void;
}) {
  const [patient, setPatient] = useState("");
  const [category, setCategory] = useState("conditions");
  const [file, setFile] = useState<File | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const all = categories();
  return (
    <section className="card" aria-labelledby="upload-title" data-testid="upload">
      <h2 id="upload-title">Upload a record for a patient</h2>
      <p>
        The patient must have given you WRITE consent on the category. The FHIR file is encrypted in this
        page, for her, for you and for the key committee; only ciphertext leaves it. Your wallet signs
        the record's authorship once.
      </p>
      <form
        className="upload-form"
        onSubmit={async (e) => {
          e.preventDefault();
          if (!file) return;
          const done = await props.onUpload(patient, category, file);
          if (done && fileInput.current) {
            fileInput.current.value = "";
            setFile(null);
          }
        }}
      >
        <label htmlFor="upload-patient">Patient's account address</label>
        <input
          id="upload-patient"
          value={patient}
          spellCheck={false}
          placeholder="0x…"
          onChange={(e) => setPatient(e.target.value)}
        />
        <label htmlFor="upload-category">Category</label>
        <select id="upload-category" value={category} onChange={(e) => setCategory(e.target.value)}>
          {all.map((c) => (
            <option key={c.id} value={c.name}>
              {c.name}
            </option>
          ))}
        </select>
        <label htmlFor="upload-file">FHIR file (JSON: a resource or a Bundle)</label>
        <input
          id="upload-file"
          ref={fileInput}
          type="file"
          accept=".json,application/json,application/fhir+json"
          onChange={(e) => setFile(e.target.files?.[0] ?? null)}
        />
        <div className="actions">
          <button type="submit" disabled={props.busy !== null || !file || !patient}>
            {props.busy === "upload" ? "Encrypting and anchoring…" : "Upload"}
          </button>
        </div>
      </form>
      {props.uploaded.length > 0 && (
        <table data-testid="uploaded">
          <caption className="sr-only">Records uploaded this visit</caption>
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Category</th>
              <th scope="col">Status</th>
              <th scope="col">
                <span className="sr-only">Open</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {props.uploaded.map((u) => (
              <tr key={u.id} data-testid={`uploaded-${u.id}`}>
                <td>Record #{u.id}</td>
                <td>{u.categoryName}</td>
                <td>
                  <span className={u.anchored ? "badge ok" : "badge"}>
                    {u.anchored ? `anchored in block ${u.blockNumber}` : u.status}
                  </span>
                </td>
                <td>
                  <button type="button" disabled={props.busy !== null || !u.anchored} onClick={() => props.onOpen(u.id)}>
                    Open record #{u.id}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

/** The grants patients made to this provider, and a granted record opened by its number. */
function GrantsCard(props: {
  grants: Grant[] | null;
  busy: Busy | null;
  onRefresh: () => void;
  onOpen: (id: number) => void;
}) {
  const [id, setId] = useState("");
  return (
    <section className="card" aria-labelledby="grants-title" data-testid="grants">
      <div className="row">
        <h2 id="grants-title">Shared with you</h2>
        <button type="button" className="secondary" disabled={props.busy !== null} onClick={props.onRefresh}>
          {props.busy === "grants" ? "Loading…" : "Refresh grants"}
        </button>
      </div>
      {props.grants && props.grants.length === 0 && <p>No patient has shared records with you yet.</p>}
      {props.grants && props.grants.length > 0 && (
        <table>
          <thead>
            <tr>
              <th scope="col">Patient</th>
              <th scope="col">Covers</th>
              <th scope="col">Read</th>
              <th scope="col">Write</th>
            </tr>
          </thead>
          <tbody>
            {props.grants.map((g, i) => (
              <tr key={i} data-testid="grant">
                <td>
                  <code title={g.patient}>{short(g.patient)}</code>
                </td>
                <td>{g.scope === "category" ? `category ${g.categoryName}` : `record ${short(g.record ?? "")}`}</td>
                <td>{g.read ? "yes" : "no"}</td>
                <td>{g.write ? "yes" : "no"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="open-form"
        onSubmit={(e) => {
          e.preventDefault();
          const n = Number(id.replace(/^#/, ""));
          if (Number.isInteger(n) && n > 0) props.onOpen(n);
        }}
      >
        <label htmlFor="open-id">Record number (the patient or its author gives it)</label>
        <div className="actions">
          <input id="open-id" inputMode="numeric" value={id} onChange={(e) => setId(e.target.value)} />
          <button type="submit" disabled={props.busy !== null || !id}>
            {props.busy === "open" ? "Opening…" : "Open record"}
          </button>
        </div>
      </form>
    </section>
  );
}
