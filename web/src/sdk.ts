// The SDK compiled to WebAssembly (web/wasm, built into web/wasm/pkg by `npm run wasm`): the
// page's cryptography, relayer requests, verification and FHIR rendering all run there.
import init, { PatientSession, categoryName } from "../wasm/pkg/medvault_web.js";
import type { EIP1193Provider } from "viem";

let ready: Promise<unknown> | undefined;

/** Loads the module once. */
export function loadSdk(): Promise<unknown> {
  ready ??= init();
  return ready;
}

export { categoryName };

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

/**
 * The patient's session: the wasm PatientSession with the wallet as its signer. The wallet is
 * asked with `eth_signTypedData_v4` (or `personal_sign`), so it shows what is signed.
 */
export class Patient {
  private readonly inner: PatientSession;

  constructor(deploymentJson: string, account: string, wallet: EIP1193Provider) {
    this.inner = new PatientSession(deploymentJson, account, walletSigner(wallet));
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

  free(): void {
    this.inner.free();
  }
}
