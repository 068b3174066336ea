// The provider's session over the SDK compiled to WebAssembly: the wasm ProviderSession with the
// wallet as its signer (the same `walletSigner` the patient's session uses).
import type { EIP1193Provider } from "viem";

import { ProviderSession, consentCategories } from "../../wasm/pkg/medvault_web.js";
import { AccountSession, walletSigner, type OpenedRecord, type Rendered } from "../sdk";

/** A review of this provider (certification or misconduct), as the registry holds it. */
export interface Review {
  id: string;
  kind: "certification" | "misconduct";
  outcome: "open" | "approved" | "rejected" | "no quorum";
  commits: number;
  yes: number;
  no: number;
  quorum: number;
  commitEnd: string;
  revealEnd: string;
  phase: "commit" | "reveal" | "closed";
}

/** Where the provider stands: its role, balances (formatted as tokens), stake and certification. */
export interface ProviderStatus {
  role: "none" | "patient" | "provider" | "researcher";
  registered: boolean;
  keyMatches: boolean | null;
  ethBalance: string;
  ethBalanceText: string;
  tokens: string;
  tokensWei: string;
  stake: string;
  stakeWei: string;
  minStake: string;
  status: string;
  certified: boolean;
  certifiedBy: string | null;
  /** The open review of its application, if any. */
  activeReview: string | null;
  reviews: Review[];
}

/** A grant a patient made to this provider, and whether it is live now. */
export interface Grant {
  patient: string;
  scope: "record" | "category";
  category: number | null;
  categoryName: string | null;
  record: string | null;
  read: boolean;
  write: boolean;
}

/** A record uploaded, anchored. */
export interface Uploaded {
  id: number;
  recordId: string;
  status: string;
  anchored: boolean;
  blockNumber?: number;
  root?: string;
  txHash?: string;
  category: number;
  categoryName: string;
}

/** What a provider read of a patient's emergency records, in its break-glass window. */
export interface EmergencyRead {
  /** When the window ends (a UTC date and time). */
  until: string;
  /** The access this read opened, if the glass was broken now. */
  opened: { id: string; tx: string } | null;
  /** Her own emergency profile first, then any provider's emergency notes. */
  records: { id: number; isProfile: boolean; bloodType: string | null; rendered: Rendered | null }[];
}

export interface CategoryName {
  id: number;
  name: string;
}

/** The consent categories by name, for the upload form. */
export function categories(): CategoryName[] {
  return JSON.parse(consentCategories());
}

export class Provider extends AccountSession<ProviderSession> {
  constructor(deploymentJson: string, account: string, wallet: EIP1193Provider) {
    super(new ProviderSession(deploymentJson, account, walletSigner(wallet)));
  }

  async status(): Promise<ProviderStatus> {
    return JSON.parse(await this.inner.status());
  }

  async register(): Promise<{ tx: string }> {
    return JSON.parse(await this.inner.register());
  }

  /** Stakes `amount` MVT (the minimum when empty) and applies for certification. */
  async stake(amount: string): Promise<{ stake: string; tx: string }> {
    return JSON.parse(await this.inner.stake(amount));
  }

  /** Asks certified peers to review the pending application (no bond, no ETH). */
  async requestReview(): Promise<{ tx: string }> {
    return JSON.parse(await this.inner.requestReview());
  }

  async grants(): Promise<Grant[]> {
    return JSON.parse(await this.inner.grants());
  }

  async upload(patient: string, category: string, fileName: string, json: string): Promise<Uploaded[]> {
    return JSON.parse(await this.inner.upload(patient, category, fileName, json));
  }

  /** Breaks the glass on `patient` for `reason` (if no window is open) and reads her emergency records. */
  async breakGlass(patient: string, reason: number): Promise<EmergencyRead> {
    return JSON.parse(await this.inner.breakGlass(patient, reason));
  }

  async open(id: number): Promise<OpenedRecord> {
    return JSON.parse(await this.inner.openRecord(id));
  }
}
