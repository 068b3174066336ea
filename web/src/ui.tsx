// What every screen shares: a failure explained to the person, short hex, an alert, and the
// busy/error state of an action that asks the wallet or the relayer.
import { useCallback, useState } from "react";

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
