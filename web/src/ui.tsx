// What every screen shares: a failure explained to the person, short hex, an alert, and the
// busy/error state of an action that asks the wallet or the relayer.
import { type ReactNode, useCallback, useEffect, useState } from "react";
import type { EIP1193Provider } from "viem";
import { useConnection } from "wagmi";

import type { LoadedDeployment } from "./deployment";

import { errorText, isDeclined } from "./sdk";

/** A failure as the person reads it: what happened, and what to do. */
export function explain(e: unknown): string {
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

export function short(hex: string, n = 6): string {
  return hex.length > 2 * n + 2 ? `${hex.slice(0, n + 2)}…${hex.slice(-n)}` : hex;
}

export function Alert({ message, onDismiss }: { message: string; onDismiss?: () => void }) {
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

/**
 * One action at a time: `run(what, action)` marks `what` busy, clears the last error, and turns a
 * failure into the message shown (resolving to undefined), so a declined signature or an
 * unreachable service leaves the screen as it was.
 */
export function useRun<B extends string>() {
  const [busy, setBusy] = useState<B | null>(null);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async <T,>(what: B, action: () => Promise<T>): Promise<T | undefined> => {
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
  }, []);
  return { busy, error, setError, run };
}

/** What every role's SDK session has: its derived keys dropped, its module memory freed. */
export interface SdkSession {
  forgetKey(): void;
  free(): void;
}

/**
 * One SDK session (`new Session(deploymentJson, account, wallet)`) per connected account, over the
 * connector's EIP-1193 wallet; dropped, derived keys and all, when the account or the connector
 * changes or the screen goes. A wallet that cannot be reached is reported through `onError`.
 */
export function useSession<S extends SdkSession>(
  Session: new (deploymentJson: string, account: string, wallet: EIP1193Provider) => S,
  loaded: LoadedDeployment,
  onError: (message: string) => void,
): S | null {
  const connection = useConnection();
  const [session, setSession] = useState<S | null>(null);
  useEffect(() => {
    let cancelled = false;
    let made: S | null = null;
    const connector = connection.connector;
    const account = connection.address;
    if (!connector || !account) return;
    connector
      .getProvider()
      .then((wallet) => {
        if (cancelled) return;
        made = new Session(loaded.raw, account, wallet as EIP1193Provider);
        setSession(made);
      })
      .catch((e) => onError(explain(e)));
    return () => {
      cancelled = true;
      made?.forgetKey();
      made?.free();
      setSession(null);
    };
  }, [Session, connection.connector, connection.address, loaded.raw, onError]);
  return session;
}

/**
 * The encryption-key step every role starts with: what the one labelled signature gives (the
 * role's own words, as `children`) and the button that asks for it; then the public key, once
 * derived.
 */
export function KeyStep(props: {
  id: string;
  title: string;
  publicKey: string | null;
  busy: boolean;
  waiting: boolean;
  onDerive: () => void;
  children: ReactNode;
}) {
  if (props.publicKey) {
    return (
      <p className="fact" data-testid="key-ready">
        Encryption key ready (public key <code>{short(props.publicKey, 8)}</code>). It stays in this page
        and is forgotten when you leave.
      </p>
    );
  }
  return (
    <section className="card" aria-labelledby={props.id} data-testid="key-step">
      <h2 id={props.id}>{props.title}</h2>
      <p>{props.children}</p>
      <button type="button" disabled={props.busy} onClick={props.onDerive}>
        {props.waiting ? "Waiting for your wallet…" : "Derive my encryption key"}
      </button>
    </section>
  );
}
