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
 * asked with `eth_signTypedData_v4`, so it shows what is signed.
 */
export class Patient {
  private readonly inner: PatientSession;

  constructor(deploymentJson: string, account: string, wallet: EIP1193Provider) {
    const sign = (address: string, typedData: string) =>
      wallet.request({
        method: "eth_signTypedData_v4",
        params: [address as `0x${string}`, typedData],
      });
    this.inner = new PatientSession(deploymentJson, account, sign);
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
