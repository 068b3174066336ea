// The page: connect a wallet (any EIP-1193 wallet, found by EIP-6963), be on the deployment's
// chain, then act as a patient, a provider or a researcher, each on its own screens. Everything
// cryptographic runs in the SDK (./sdk.ts, the client compiled to WebAssembly).
import { useCallback, useEffect, useState } from "react";
import { useChains, useConnect, useConnection, useConnectors, useDisconnect, useSwitchChain } from "wagmi";

import type { LoadedDeployment } from "./deployment";
import { PatientView } from "./patient/PatientView";
import { ProviderView } from "./provider/ProviderView";
import { ResearcherView } from "./researcher/ResearcherView";
import { Alert, explain } from "./ui";

/** The three kinds of user, each with its own screens; the URL's hash keeps the one chosen. */
const ROLES = [
  { id: "patient", label: "Patient" },
  { id: "provider", label: "Provider" },
  { id: "researcher", label: "Researcher" },
] as const;
type Role = (typeof ROLES)[number]["id"];

function roleFromHash(): Role {
  const h = window.location.hash.replace(/^#\/?/, "");
  return ROLES.find((r) => r.id === h)?.id ?? "patient";
}

function useRole(): [Role, (r: Role) => void] {
  const [role, setRole] = useState<Role>(roleFromHash);
  useEffect(() => {
    const on = () => setRole(roleFromHash());
    window.addEventListener("hashchange", on);
    return () => window.removeEventListener("hashchange", on);
  }, []);
  return [role, (r: Role) => {
    window.location.hash = `/${r}`;
    setRole(r);
  }];
}

function RoleTabs({ role, onChange }: { role: Role; onChange: (r: Role) => void }) {
  return (
    <nav aria-label="I am a" className="roles">
      {ROLES.map((r) => (
        <button
          type="button"
          key={r.id}
          className={r.id === role ? "tab active" : "tab"}
          aria-current={r.id === role ? "page" : undefined}
          onClick={() => onChange(r.id)}
        >
          {r.label}
        </button>
      ))}
    </nav>
  );
}

export function App({ loaded }: { loaded: LoadedDeployment }) {
  const connection = useConnection();
  const { chain, deployment } = loaded;
  const relayer = useRelayerHealth(deployment.endpoints.relayerUrl!);
  const [role, setRole] = useRole();

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
        <>
          <RoleTabs role={role} onChange={setRole} />
          {role === "patient" && <PatientView key={connection.address} loaded={loaded} />}
          {role === "provider" && <ProviderView key={connection.address} loaded={loaded} />}
          {role === "researcher" && <ResearcherView key={connection.address} loaded={loaded} />}
        </>
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

