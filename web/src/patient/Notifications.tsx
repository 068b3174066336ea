// The patient's notification feed: new records, access requests, trade deliveries and payments,
// break-glass accesses. Built from what the SDK lists; what was shown and what was seen is kept in
// localStorage under the account and the chain, so it survives a reload. Only metadata is stored
// (ids, statuses, addresses and times): never a record's content, never a key.
import { useEffect, useState } from "react";

import { short } from "../ui";

export type FeedKind = "record" | "access-request" | "trade" | "emergency";

/** Something to tell her about, named by ids only. */
export interface FeedEvent {
  /** Unique per event: a trade's payment is another event than its delivery. */
  id: string;
  kind: FeedKind;
  /** The record number, the requester, the request number or the emergency id. */
  ref: string;
  /** A status (a trade's or an emergency's), when it has one. */
  status?: string;
}

interface FeedItem extends FeedEvent {
  /** When the page first showed it (Unix seconds). */
  at: number;
  seen: boolean;
}

const storageKey = (chainId: number, account: string) => `medvault.feed.v1:${chainId}:${account.toLowerCase()}`;

function load(key: string): FeedItem[] {
  try {
    const parsed: unknown = JSON.parse(window.localStorage.getItem(key) ?? "[]");
    return Array.isArray(parsed) ? (parsed as FeedItem[]) : [];
  } catch {
    return [];
  }
}

/** What an event says, from its ids alone. */
function describe(e: FeedEvent): string {
  switch (e.kind) {
    case "record":
      return `New record #${e.ref} filed for you.`;
    case "access-request":
      return `${short(e.ref)} asks for access to your records.`;
    case "trade":
      return e.status === "paid"
        ? `Research request ${e.ref}: your payment was made.`
        : `Research request ${e.ref}: your delivery is on-chain (${e.status ?? "pending"}).`;
    case "emergency":
      return `Break-glass access to your records by ${short(e.ref)} (${e.status ?? "open"}).`;
  }
}

export function Notifications(props: {
  chainId: number;
  account: string;
  events: FeedEvent[];
  /** Lists again what the feed is built from (absent until she can: registered, key derived). */
  onRefresh?: () => void;
  refreshing?: boolean;
}) {
  const { chainId, account, events, onRefresh, refreshing } = props;
  const key = storageKey(chainId, account);
  const [items, setItems] = useState<FeedItem[]>(() => load(key));

  // New events join the feed unseen; the ones already there keep their seen state.
  useEffect(() => {
    setItems((current) => {
      const known = new Set(current.map((i) => i.id));
      const now = Math.floor(Date.now() / 1000);
      const fresh = events.filter((e) => !known.has(e.id)).map((e) => ({ ...e, at: now, seen: false }));
      return fresh.length === 0 ? current : [...current, ...fresh];
    });
  }, [events]);

  useEffect(() => {
    window.localStorage.setItem(key, JSON.stringify(items));
  }, [key, items]);

  const markSeen = (id?: string) =>
    setItems((current) => current.map((i) => (id === undefined || i.id === id ? { ...i, seen: true } : i)));

  const unseen = items.filter((i) => !i.seen).length;
  const newestFirst = [...items].sort((a, b) => b.at - a.at || (a.id < b.id ? 1 : -1));
  return (
    <section className="card" aria-labelledby="feed-title" data-testid="notifications">
      <div className="row">
        <h2 id="feed-title">
          Notifications {unseen > 0 && <span className="badge new">{unseen} new</span>}
        </h2>
        <span className="actions">
          {onRefresh && (
            <button type="button" className="secondary" disabled={refreshing} onClick={onRefresh}>
              {refreshing ? "Checking…" : "Check for new"}
            </button>
          )}
          <button type="button" className="secondary" disabled={unseen === 0} onClick={() => markSeen()}>
            Mark all as seen
          </button>
        </span>
      </div>
      {items.length === 0 && <p>Nothing yet. New records, access requests, trades and emergency accesses appear here.</p>}
      {items.length > 0 && (
        <ul className="feed">
          {newestFirst.map((i) => (
            <li key={i.id} className={i.seen ? "seen" : "unseen"} data-testid={`feed-${i.id}`} data-seen={i.seen}>
              <span>
                {!i.seen && <strong className="sr-only">New: </strong>}
                {describe(i)} <span className="date">({new Date(i.at * 1000).toISOString().slice(0, 16).replace("T", " ")} UTC)</span>
              </span>
              {!i.seen && (
                <button type="button" className="link" onClick={() => markSeen(i.id)} aria-label={`Mark as seen: ${describe(i)}`}>
                  Mark as seen
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
