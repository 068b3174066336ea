// The SDK compiled to WebAssembly (web/wasm, built into web/wasm/pkg by `npm run wasm`): the
// page's cryptography, relayer requests, verification and FHIR rendering all run there.
import init, { PatientSession, categoryName, consentCategories as categoriesJson } from "../wasm/pkg/medvault_web.js";
import type { EIP1193Provider } from "viem";

let ready: Promise<unknown> | undefined;

/** Loads the module once. */
export function loadSdk(): Promise<unknown> {
  ready ??= init();
  return ready;
}

export { categoryName };

/** The consent categories, in id order (`medvault_fhir::Category`). */
export function consentCategories(): { id: number; name: string }[] {
  return JSON.parse(categoriesJson());
}

/** Thrown (and recognised) when the user declined a signature in the wallet. */
export const DECLINED = "the signature was declined in the wallet";

export function isDeclined(e: unknown): boolean {
  return errorText(e).includes(DECLINED);
}

export function errorText(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}

/**
 * The SDK's signing callback over an EIP-1193 wallet: `method` is `eth_signTypedData_v4` (payload:
 * the typed data's JSON, which the wallet shows field by field) or `personal_sign` (payload: the
 * message's hex). Every session (patient, provider, researcher) signs through it.
 */
export function walletSigner(wallet: EIP1193Provider) {
  return (method: string, address: string, payload: string) => {
    const from = address as `0x${string}`;
    if (method === "personal_sign") {
      return wallet.request({ method: "personal_sign", params: [payload as `0x${string}`, from] });
    }
    if (method === "eth_signTypedData_v4") {
      return wallet.request({ method: "eth_signTypedData_v4", params: [from, payload] });
    }
    return Promise.reject(new Error(`the SDK asked the wallet for an unknown signature: ${method}`));
  };
}

export interface RecordRow {
  id: number;
  recordId: string;
  version: number;
  category: number;
  categoryName: string;
  author: string;
  selfReported: boolean;
  authorCertified: boolean;
  status: string;
  anchored: boolean;
  root?: string;
  txHash?: string;
  blockNumber?: number;
  shredded: boolean;
}

export interface Verification {
  id: number;
  cid: string;
  root: string;
  anchoredInBlock: number;
  authorship: string;
  authorCertified: boolean;
  leaf: string;
  ciphertextHash: string;
  version: number;
  previous: string;
  proofLength: number;
  envelopeBytes: number;
}

export interface RenderedLine {
  text: string;
  detail?: string;
  date?: string;
}

export interface Rendered {
  patient?: string;
  sections: { title: string; lines: RenderedLine[] }[];
  also: Record<string, number>;
}

export interface OpenedRecord {
  verification: Verification;
  keySource: string;
  rendered: Rendered;
}

export interface AccountStatus {
  registered: boolean;
  keyMatches: boolean | null;
  ethBalance: string;
}

/** What a consent or an access request is about. */
export interface ConsentScope {
  kind: "record" | "category" | "unknown";
  category: number | null;
  categoryName: string | null;
  recordId: string | null;
}

/** A consent she gave, as her device re-derives it. */
export interface GivenConsent extends ConsentScope {
  grantee: string;
  grantId: string;
  access: "read" | "write" | "none";
  grantedAt: number;
  granted: string;
  expiresAt: number;
  expires: string;
  revokedAt: number | null;
  inForce: boolean;
}

export interface AccessRequest extends ConsentScope {
  id: string;
  requester: string;
  access: "read" | "write";
  purpose: string;
  tx: string | null;
}

export interface Emergency {
  id: string;
  provider: string;
  reasonCode: number;
  openedAt: number;
  opened: string;
  expiresAt: number;
  expires: string;
  status: string;
  active: boolean;
}

export interface Trade {
  request: string;
  seller: string;
  status: string;
  payoutWei: string;
  payout: string;
  releaseAt: number;
  release: string;
  claimable: boolean;
  balanceWei: string;
  balance: string;
}

export interface Balances {
  account: { wei: string; text: string };
  trades: Trade[];
  totalWei: string;
  total: string;
  now: number;
}

export interface ResearchRequest {
  request: string;
  researcher: string;
  priceWei: string;
  price: string;
  openSlots: number;
  deadline: number;
  deadlineDate: string;
  criteria: string | null;
  matches: boolean;
  reason: string | null;
  shared: { json: string; rendered: Rendered; dropped: number } | null;
}

export interface Approved {
  request: string;
  priceWei: string;
  price: string;
  seller: string;
  deliveryCid: string;
  class: { ageBand: string; sex: string; region: string };
  dropped: number;
  state: string | null;
}

export interface Claimed {
  payoutWei: string;
  payout: string;
  paidTo: string;
  tx: string | null;
}

/** One read of her records, as the relayer or the key nodes logged it. */
export interface LoggedRead {
  source: "relayer" | "key nodes";
  reader: string;
  recordId: string;
  version: number;
  granted: boolean;
  reason: string | null;
  time: number;
  date: string;
  anchored: boolean;
  nodes: { node: string; receipt: number; anchored: boolean }[];
}

export type GrantTarget = { kind: "record"; recordId: string } | { kind: "category"; category: string };

/** What every role's wasm session has (web/wasm/src/session.rs's `Account`). */
interface WasmAccount {
  readonly account: string;
  hasKey(): boolean;
  forgetKey(): void;
  deriveKey(): Promise<string>;
  free(): void;
}

/**
 * A role's session in the page over its wasm session, which signs with the wallet: the account,
 * its encryption key (derived with one labelled signature, kept in the module, dropped on
 * `forgetKey`), and the module memory freed on `free`.
 */
export abstract class AccountSession<S extends WasmAccount> {
  protected readonly inner: S;

  constructor(inner: S) {
    this.inner = inner;
  }

  get account(): string {
    return this.inner.account;
  }

  hasKey(): boolean {
    return this.inner.hasKey();
  }

  forgetKey(): void {
    this.inner.forgetKey();
  }

  async deriveKey(): Promise<{ publicKey: string; epoch: number }> {
    return JSON.parse(await this.inner.deriveKey());
  }

  free(): void {
    this.inner.free();
  }
}

/**
 * The patient's session: the wasm PatientSession with the wallet as its signer. The wallet is
 * asked with `eth_signTypedData_v4` (or `personal_sign`), so it shows what is signed.
 */
export class Patient extends AccountSession<PatientSession> {
  constructor(deploymentJson: string, account: string, wallet: EIP1193Provider) {
    super(new PatientSession(deploymentJson, account, walletSigner(wallet)));
  }

  async status(): Promise<AccountStatus> {
    return JSON.parse(await this.inner.status());
  }

  async register(): Promise<{ tx: string }> {
    return JSON.parse(await this.inner.register());
  }

  async records(): Promise<RecordRow[]> {
    return JSON.parse(await this.inner.records());
  }

  async open(id: number): Promise<OpenedRecord> {
    return JSON.parse(await this.inner.openRecord(id));
  }

  async verify(id: number): Promise<Verification> {
    return JSON.parse(await this.inner.verifyRecord(id));
  }

  async grant(grantee: string, target: GrantTarget, access: "read" | "write", days: number): Promise<{ tx: string; expires: string }> {
    const value = target.kind === "record" ? target.recordId : target.category;
    return JSON.parse(await this.inner.grant(grantee, target.kind, value, access, days));
  }

  async revoke(grantee: string, target: GrantTarget): Promise<{ txs: string[] }> {
    const value = target.kind === "record" ? target.recordId : target.category;
    return JSON.parse(await this.inner.revoke(grantee, target.kind, value));
  }

  async consents(): Promise<GivenConsent[]> {
    return JSON.parse(await this.inner.consents());
  }

  async accessRequests(): Promise<AccessRequest[]> {
    return JSON.parse(await this.inner.accessRequests());
  }

  async emergencies(): Promise<Emergency[]> {
    return JSON.parse(await this.inner.emergencies());
  }

  async balances(): Promise<Balances> {
    return JSON.parse(await this.inner.balances());
  }

  async researchRequests(): Promise<ResearchRequest[]> {
    return JSON.parse(await this.inner.researchRequests());
  }

  async approve(request: string): Promise<Approved> {
    return JSON.parse(await this.inner.approve(request));
  }

  async claim(request: string): Promise<Claimed> {
    return JSON.parse(await this.inner.claim(request));
  }

  async accessLog(): Promise<{ reads: LoggedRead[]; notAnswering: string[] }> {
    return JSON.parse(await this.inner.accessLog());
  }
}
