// The patient's page: connect a wallet, derive the encryption key (one labelled signature),
// register without ETH, see the records filed for her, open one rendered as a clinician reads it,
// and verify it against the chain. Everything cryptographic runs in the SDK (./sdk.ts).
import { useCallback, useEffect, useRef, useState } from "react";
import type { EIP1193Provider } from "viem";
import { useChains, useConnect, useConnection, useConnectors, useDisconnect, useSwitchChain } from "wagmi";

import type { LoadedDeployment } from "./deployment";
import {
  type AccountStatus,
  errorText,
  isDeclined,
  type OpenedRecord,
  Patient,
  type RecordRow,
  type Verification,
} from "./sdk";

/** A failure as the person reads it: what happened, and what to do. */
function explain(e: unknown): string {
  const text = errorText(e);
  if (isDeclined(e)) {
    return "You declined the signature in your wallet. Nothing was changed; try again when you are ready.";
  }
  if (text.includes("cannot reach the relayer")) {
    return `The medvault relayer does not answer, so this could not be done. Nothing was changed. Check your connection and try again. (${text})`;
  }
  if (/User rejected|rejected the request/i.test(text)) {
    return "You declined the request in your wallet. Nothing was changed.";
  }
  return text;
}

function short(hex: string, n = 6): string {
  return hex.length > 2 * n + 2 ? `${hex.slice(0, n + 2)}…${hex.slice(-n)}` : hex;
}

function Alert({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
  return (
    <div role="alert" className="error">
      {message}
      {onDismiss && (
        <button type="button" className="link" onClick={onDismiss}>
          Dismiss
        </button>
      )}
    </div>
  );
}

export function App({ loaded }: { loaded: LoadedDeployment }) {
  const connection = useConnection();
  const { chain, deployment } = loaded;
  const relayer = useRelayerHealth(deployment.endpoints.relayerUrl!);

  return (
    <main className="page">
      <header className="top">
        <h1>medvault</h1>
        <p className="tagline">Your medical records, encrypted for you, verified on the chain.</p>
        {connection.status === "connected" && <AccountBar />}
      </header>
      {relayer.down && (
        <div role="alert" className="warning" data-testid="relayer-down">
          The medvault relayer at {deployment.endpoints.relayerUrl} does not answer. Registration and
          your records list are unavailable until it is back.{" "}
          <button type="button" className="link" onClick={relayer.check}>
            Check again
          </button>
        </div>
      )}
      {connection.status !== "connected" ? (
        <Connect />
      ) : connection.chainId !== chain.id ? (
        <WrongChain current={connection.chainId} />
      ) : (
        <PatientView key={connection.address} loaded={loaded} />
      )}
    </main>
  );
}

function useRelayerHealth(url: string) {
  const [down, setDown] = useState(false);
  const check = useCallback(() => {
    fetch(`${url.replace(/\/$/, "")}/health`)
      .then((r) => setDown(!r.ok))
      .catch(() => setDown(true));
  }, [url]);
  useEffect(check, [check]);
  return { down, check };
}

function AccountBar() {
  const connection = useConnection();
  const { mutate: disconnect } = useDisconnect();
  return (
    <div className="account">
      <span>
        Connected: <code data-testid="account">{connection.address}</code>
        {connection.connector && <> with {connection.connector.name}</>}
      </span>
      <button type="button" onClick={() => disconnect()}>
        Disconnect
      </button>
    </div>
  );
}

function Connect() {
  const connectors = useConnectors();
  const connect = useConnect();
  // The generic injected connector duplicates a wallet that announced itself (EIP-6963).
  const shown = connectors.filter((c) => c.id !== "injected" || connectors.length === 1);
  return (
    <section className="card" aria-labelledby="connect-title">
      <h2 id="connect-title">Connect your wallet</h2>
      <p>
        medvault works with the Ethereum wallet you already use. Your wallet signs; your records are
        decrypted only here, in this page.
      </p>
      {shown.length === 0 && (
        <Alert message="No wallet was found in this browser. Install a wallet extension (MetaMask, Rabby, Coinbase Wallet…) and reload the page." />
      )}
      <div className="actions">
        {shown.map((c) => (
          <button
            type="button"
            key={c.uid}
            disabled={connect.isPending}
            onClick={() => connect.mutate({ connector: c })}
          >
            Connect {c.name}
          </button>
        ))}
      </div>
      {connect.error && <Alert message={explain(connect.error)} />}
    </section>
  );
}

function WrongChain({ current }: { current?: number }) {
  const switchChain = useSwitchChain();
  const { mutate: disconnect } = useDisconnect();
  const [target] = useChains();
  return (
    <section className="card" aria-labelledby="chain-title" data-testid="wrong-chain">
      <h2 id="chain-title">Wrong network</h2>
      <p>
        Your wallet is on chain {current ?? "unknown"}; medvault here runs on {target.name} (chain{" "}
        {target.id}). Switch networks to go on; your wallet will ask before it adds or switches.
      </p>
      <div className="actions">
        <button
          type="button"
          disabled={switchChain.isPending}
          onClick={() => switchChain.mutate({ chainId: target.id })}
        >
          Switch to {target.name}
        </button>
        <button type="button" className="secondary" onClick={() => disconnect()}>
          Disconnect
        </button>
      </div>
      {switchChain.error && <Alert message={explain(switchChain.error)} />}
    </section>
  );
}

type Busy = null | "key" | "status" | "register" | "records" | "open" | "verify";

function PatientView({ loaded }: { loaded: LoadedDeployment }) {
  const connection = useConnection();
  const [patient, setPatient] = useState<Patient | null>(null);
  const [publicKey, setPublicKey] = useState<string | null>(null);
  const [status, setStatus] = useState<AccountStatus | null>(null);
  const [records, setRecords] = useState<RecordRow[] | null>(null);
  const [opened, setOpened] = useState<OpenedRecord | null>(null);
  const [verified, setVerified] = useState<Verification | null>(null);
  const [busy, setBusy] = useState<Busy>(null);
  const [error, setError] = useState<string | null>(null);
  const patientRef = useRef<Patient | null>(null);

  // One SDK session per account; dropped (keys and all) when the account goes.
  useEffect(() => {
    let cancelled = false;
    const connector = connection.connector;
    if (!connector || !connection.address) return;
    connector
      .getProvider()
      .then((provider) => {
        if (cancelled) return;
        const p = new Patient(loaded.raw, connection.address!, provider as EIP1193Provider);
        patientRef.current = p;
        setPatient(p);
      })
      .catch((e) => setError(explain(e)));
    return () => {
      cancelled = true;
      patientRef.current?.forgetKey();
      patientRef.current?.free();
      patientRef.current = null;
    };
  }, [connection.connector, connection.address, loaded.raw]);

  const run = useCallback(
    async <T,>(what: Busy, action: () => Promise<T>): Promise<T | undefined> => {
      setBusy(what);
      setError(null);
      try {
        return await action();
      } catch (e) {
        setError(explain(e));
        return undefined;
      } finally {
        setBusy(null);
      }
    },
    [],
  );

  const refreshStatus = useCallback(async () => {
    if (!patient) return;
    const s = await run("status", () => patient.status());
    if (s) setStatus(s);
  }, [patient, run]);

  const deriveKey = async () => {
    if (!patient) return;
    const derived = await run("key", () => patient.deriveKey());
    if (!derived) return;
    setPublicKey(derived.publicKey);
    await refreshStatus();
  };

  const register = async () => {
    if (!patient) return;
    const done = await run("register", () => patient.register());
    if (done) await refreshStatus();
  };

  const loadRecords = useCallback(async () => {
    if (!patient) return;
    const rows = await run("records", () => patient.records());
    if (rows) setRecords(rows);
  }, [patient, run]);

  useEffect(() => {
    if (status?.registered && records === null) void loadRecords();
  }, [status, records, loadRecords]);

  const open = async (id: number) => {
    if (!patient) return;
    setVerified(null);
    const got = await run("open", () => patient.open(id));
    if (got) setOpened(got);
  };

  const verify = async () => {
    if (!patient || !opened) return;
    const v = await run("verify", () => patient.verify(opened.verification.id));
    if (v) setVerified(v);
  };

  if (!patient) return <p aria-busy="true">Loading…</p>;

  return (
    <>
      {error && <Alert message={error} onDismiss={() => setError(null)} />}
      {!publicKey ? (
        <section className="card" aria-labelledby="key-title" data-testid="key-step">
          <h2 id="key-title">Your encryption key</h2>
          <p>
            Your records are encrypted to a key that only you can re-create: your wallet will ask you
            to sign one message, titled <em>EncryptionKeyDerivation</em>. It is not a transaction and
            costs nothing. Anyone who obtains that signature could read your records, so sign it only
            on this page.
          </p>
          <button type="button" disabled={busy !== null} onClick={deriveKey}>
            {busy === "key" ? "Waiting for your wallet…" : "Derive my encryption key"}
          </button>
        </section>
      ) : (
        <p className="fact" data-testid="key-ready">
          Encryption key ready (public key <code>{short(publicKey, 8)}</code>). It stays in this page
          and is forgotten when you leave.
        </p>
      )}

      {publicKey && status && !status.registered && (
        <section className="card" aria-labelledby="register-title" data-testid="register-step">
          <h2 id="register-title">Register as a patient</h2>
          <p>
            Registering publishes your encryption key, so doctors can write records only you (and
            those you allow) can read. You need no ETH: your wallet signs, the medvault relayer pays
            the fee.
          </p>
          <button type="button" disabled={busy !== null} onClick={register}>
            {busy === "register" ? "Registering…" : "Register without ETH"}
          </button>
        </section>
      )}

      {publicKey && status?.registered && status.keyMatches === false && (
        <Alert message="This account registered a different encryption key than the one just derived: records wrapped to the registered key will not open here." />
      )}

      {status?.registered && (
        <section className="card" aria-labelledby="records-title" data-testid="records">
          <div className="row">
            <h2 id="records-title">Your records</h2>
            <button type="button" className="secondary" disabled={busy !== null} onClick={loadRecords}>
              {busy === "records" ? "Loading…" : "Refresh"}
            </button>
          </div>
          <p className="fact" data-testid="registered">
            Registered as a patient. ETH balance: {status.ethBalance === "0" ? "none needed" : `${status.ethBalance} wei`}.
          </p>
          {records && records.length === 0 && <p>No records yet. Records your doctors file for you appear here.</p>}
          {records && records.length > 0 && (
            <table>
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">Category</th>
                  <th scope="col">Written by</th>
                  <th scope="col">Status</th>
                  <th scope="col">
                    <span className="sr-only">Open</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {records.map((r) => (
                  <tr key={r.id} data-testid={`record-${r.id}`}>
                    <td>{r.id}</td>
                    <td>{r.categoryName}</td>
                    <td>
                      {r.selfReported ? "you (self-reported)" : (
                        <>
                          <code>{short(r.author)}</code>{" "}
                          <span className={r.authorCertified ? "badge ok" : "badge"}>
                            {r.authorCertified ? "certified provider" : "not certified"}
                          </span>
                        </>
                      )}
                    </td>
                    <td>
                      <span className={r.anchored ? "badge ok" : "badge"}>
                        {r.anchored ? `anchored in block ${r.blockNumber}` : r.status}
                      </span>
                    </td>
                    <td>
                      <button type="button" disabled={busy !== null || !r.anchored} onClick={() => open(r.id)}>
                        Open
                      </button>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}

      {opened && (
        <RecordView
          opened={opened}
          verified={verified}
          verifying={busy === "verify"}
          onVerify={verify}
          onClose={() => {
            setOpened(null);
            setVerified(null);
          }}
        />
      )}
    </>
  );
}

function RecordView(props: {
  opened: OpenedRecord;
  verified: Verification | null;
  verifying: boolean;
  onVerify: () => void;
  onClose: () => void;
}) {
  const { rendered, verification, keySource } = props.opened;
  const others = Object.entries(rendered.also);
  return (
    <section className="card record" aria-labelledby="record-title" data-testid="record-view">
      <div className="row">
        <h2 id="record-title">Record #{verification.id}</h2>
        <button type="button" className="secondary" onClick={props.onClose}>
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
      {others.length > 0 && (
        <p className="fact">Also: {others.map(([t, n]) => `${n} ${t}`).join(", ")}</p>
      )}
      <p className="fact">
        Written by: {verification.authorship}. Key: {keySource}.
      </p>
      <button type="button" disabled={props.verifying} onClick={props.onVerify}>
        {props.verifying ? "Verifying…" : "Verify against the chain"}
      </button>
      {props.verified && (
        <div className="verified" role="status" data-testid="verified">
          <strong>Verified against the chain.</strong> The ciphertext hashes to its leaf, the leaf is in
          batch root <code>{short(props.verified.root, 8)}</code> (proof of {props.verified.proofLength}{" "}
          steps), and that root is anchored in RecordRegistry in block {props.verified.anchoredInBlock}.
          Author: {props.verified.authorship}.
        </div>
      )}
    </section>
  );
}
