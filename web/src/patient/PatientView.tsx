// The patient's screens: derive the key, register without ETH, the records list, a record
// rendered as a clinician reads it and verified against the chain; then her notifications, her
// consents (Consents.tsx) and research trades (Research.tsx).
import { useCallback, useEffect, useMemo, useState } from "react";

import type { LoadedDeployment } from "../deployment";
import {
  type AccessRequest,
  type AccountStatus,
  type Balances,
  type Emergency,
  type OpenedRecord,
  Patient,
  type RecordRow,
  type Verification,
} from "../sdk";
import { Alert, KeyStep, short, useRun, useSession } from "../ui";
import { AccessLog } from "./AccessLog";
import { Consents } from "./Consents";
import { type FeedEvent, Notifications } from "./Notifications";
import { Research } from "./Research";
import { RenderedSections } from "../Rendered";

type Busy = "key" | "status" | "register" | "records" | "open" | "verify" | "emergencies";

export function PatientView({ loaded }: { loaded: LoadedDeployment }) {
  const [publicKey, setPublicKey] = useState<string | null>(null);
  const [status, setStatus] = useState<AccountStatus | null>(null);
  const [records, setRecords] = useState<RecordRow[] | null>(null);
  const [opened, setOpened] = useState<OpenedRecord | null>(null);
  const [verified, setVerified] = useState<Verification | null>(null);
  const { busy, error, setError, run } = useRun<Busy>();
  // What the notification feed is built from.
  const [accessRequests, setAccessRequests] = useState<AccessRequest[]>([]);
  const [balances, setBalances] = useState<Balances | null>(null);
  const [emergencies, setEmergencies] = useState<Emergency[]>([]);

  // One SDK session per account; dropped (keys and all) when the account goes.
  const patient = useSession(Patient, loaded, setError);


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

  // Break-glass accesses are opened with her key: listed once it is derived and she is registered.
  const loadEmergencies = useCallback(async () => {
    if (!patient) return;
    const found = await run("emergencies", () => patient.emergencies());
    if (found) setEmergencies(found);
  }, [patient, run]);

  useEffect(() => {
    if (publicKey && status?.registered) void loadEmergencies();
  }, [publicKey, status?.registered, loadEmergencies]);

  const refreshFeed = async () => {
    await loadRecords();
    await loadEmergencies();
  };

  const events = useMemo<FeedEvent[]>(
    () => [
      ...(records ?? []).map((r) => ({ id: `record:${r.id}`, kind: "record" as const, ref: String(r.id) })),
      ...accessRequests.map((r) => ({ id: `access-request:${r.id}`, kind: "access-request" as const, ref: r.requester })),
      ...(balances?.trades ?? []).map((t) => ({
        id: `trade:${t.request}:${t.seller}:${t.status}`,
        kind: "trade" as const,
        ref: t.request,
        status: t.status,
      })),
      ...emergencies.map((e) => ({ id: `emergency:${e.id}:${e.status}`, kind: "emergency" as const, ref: e.provider, status: e.status })),
    ],
    [records, accessRequests, balances, emergencies],
  );

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
      <KeyStep
        id="key-title"
        title="Your encryption key"
        publicKey={publicKey}
        busy={busy !== null}
        waiting={busy === "key"}
        onDerive={deriveKey}
      >
        Your records are encrypted to a key that only you can re-create: your wallet will ask you
        to sign one message, titled <em>EncryptionKeyDerivation</em>. It is not a transaction and
        costs nothing. Anyone who obtains that signature could read your records, so sign it only
        on this page.
      </KeyStep>

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

      <Notifications
        chainId={loaded.deployment.chain_id}
        account={patient.account}
        events={events}
        onRefresh={publicKey && status?.registered ? refreshFeed : undefined}
        refreshing={busy !== null}
      />

      {opened && (
        <RecordView
          opened={opened}
          records={records ?? []}
          busy={busy !== null}
          onOpen={open}
          verified={verified}
          verifying={busy === "verify"}
          onVerify={verify}
          onClose={() => {
            setOpened(null);
            setVerified(null);
          }}
        />
      )}

      {publicKey && status?.registered && records !== null && (
        <>
          <Consents patient={patient} records={records} onRequests={setAccessRequests} />
          <Research patient={patient} onBalances={setBalances} />
          <AccessLog patient={patient} records={records} />
        </>
      )}
    </>
  );
}

function RecordView(props: {
  opened: OpenedRecord;
  records: RecordRow[];
  busy: boolean;
  onOpen: (id: number) => void;
  verified: Verification | null;
  verifying: boolean;
  onVerify: () => void;
  onClose: () => void;
}) {
  const { rendered, verification, keySource } = props.opened;
  return (
    <section className="card record" aria-labelledby="record-title" data-testid="record-view">
      <div className="row">
        <h2 id="record-title">Record #{verification.id}</h2>
        <button type="button" className="secondary" onClick={props.onClose}>
          Close
        </button>
      </div>
      {rendered.patient && <p className="fact">Patient: {rendered.patient}</p>}
      <RenderedSections rendered={rendered} level={3} />
      <p className="fact">
        Written by: {verification.authorship}. Key: {keySource}.
      </p>
      <VersionHistory {...props} />
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

/** Every version of the opened record the relayer lists (one record id, numbered versions). */
function VersionHistory(props: { opened: OpenedRecord; records: RecordRow[]; busy: boolean; onOpen: (id: number) => void }) {
  const current = props.records.find((r) => r.id === props.opened.verification.id);
  if (!current) return null;
  const versions = props.records.filter((r) => r.recordId === current.recordId).sort((a, b) => b.version - a.version);
  return (
    <div data-testid="versions">
      <h3>Version history</h3>
      <ol className="plain">
        {versions.map((v) => (
          <li key={v.id}>
            Version {v.version} (record #{v.id}), {v.anchored ? `anchored in block ${v.blockNumber}` : v.status}
            {v.shredded && " — shredded"}
            {v.id === current.id ? (
              <span className="badge ok"> shown</span>
            ) : (
              <button type="button" className="link" disabled={props.busy || !v.anchored || v.shredded} onClick={() => props.onOpen(v.id)}>
                Open version {v.version}
              </button>
            )}
          </li>
        ))}
      </ol>
      {props.opened.verification.version > 1 && (
        <p className="fact">
          This version's leaf names the previous one: <code>{short(props.opened.verification.previous, 8)}</code>.
        </p>
      )}
    </div>
  );
}
