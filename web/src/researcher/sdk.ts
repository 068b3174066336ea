// The researcher's session: the wasm ResearcherSession (web/wasm/src/researcher.rs) with the
// wallet as its signer, and the pure helpers its screens use (criteria checked and budgets
// formatted by the SDK, as the command line does).
import type { EIP1193Provider } from "viem";

import { checkCriteria, criteriaSystems, researchBudget, ResearcherSession } from "../../wasm/pkg/medvault_web.js";
import { AccountSession, walletSigner, type Rendered } from "../sdk";

export interface ResearcherStatus {
  /** Registered as a researcher. */
  registered: boolean;
  /** Registered, but as a patient or a provider. */
  otherRole: boolean;
  /** Attested by an authority: may open requests. */
  verified: boolean;
  keyMatches: boolean | null;
  ethBalance: string;
  /** MVT balance in wei, and as the command line shows it. */
  mvt: string;
  mvtText: string;
}

export interface OpenedRequest {
  request: string;
  escrowed: string;
  escrowedText: string;
  deadline: number;
  deadlineText: string;
  criteriaCid: string;
  tx: string;
  /** Why the relayer did not list the criteria in its feed, if it did not. */
  listed: string | null;
}

export interface RequestView {
  request: string;
  researcher: string;
  price: string;
  priceText: string;
  maxRecords: number;
  settled: number;
  escrowText: string;
  deadline: number;
  deadlineText: string;
  closed: boolean;
  openDisputes: number;
}

export interface DeliveryRow {
  cid: string;
  seller: string;
  ageBand: string;
  sex: string;
  region: string;
}

export interface OpenedDelivery extends DeliveryRow {
  rendered: Rendered;
}

/** The criteria document's canonical JSON, or throws with what is wrong. */
export function canonicalCriteria(json: string): string {
  return checkCriteria(json);
}

/** The budget of `max` records at `price` tokens, or throws why `price` is no amount. */
export function budget(price: string, max: number): { budget: string; budgetText: string } {
  return JSON.parse(researchBudget(price, max));
}

/** The code systems a criterion may name. */
export function codeSystems(): string[] {
  return JSON.parse(criteriaSystems());
}

export class Researcher extends AccountSession<ResearcherSession> {
  constructor(deploymentJson: string, account: string, wallet: EIP1193Provider) {
    super(new ResearcherSession(deploymentJson, account, walletSigner(wallet)));
  }

  async status(): Promise<ResearcherStatus> {
    return JSON.parse(await this.inner.status());
  }

  async register(): Promise<{ tx: string }> {
    return JSON.parse(await this.inner.register());
  }

  async openRequest(criteria: string, price: string, max: number, days: number): Promise<OpenedRequest> {
    return JSON.parse(await this.inner.openRequest(criteria, price, max, days));
  }

  async request(id: string): Promise<RequestView> {
    return JSON.parse(await this.inner.request(id));
  }

  async deliveries(id: string): Promise<DeliveryRow[]> {
    return JSON.parse(await this.inner.deliveries(id));
  }

  async openDelivery(id: string, delivery: DeliveryRow): Promise<OpenedDelivery> {
    const { cid, seller, ageBand, sex, region } = delivery;
    return JSON.parse(await this.inner.openDelivery(id, JSON.stringify({ cid, seller, ageBand, sex, region })));
  }

  async close(id: string): Promise<{ returned: string; returnedText: string; tx: string }> {
    return JSON.parse(await this.inner.closeRequest(id));
  }

  async dispute(id: string, seller: string, reason: string): Promise<{ tx: string }> {
    return JSON.parse(await this.inner.dispute(id, seller, reason));
  }
}
