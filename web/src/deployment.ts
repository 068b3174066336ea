// The deployment file the page is served with (`deployment.json` beside index.html): the one
// `medvault dev` and `medvault deploy` write — the chain, the contracts, the relayer, the IPFS
// node and the key nodes.
import { defineChain, type Chain } from "viem";

export interface Deployment {
  chain_id: number;
  start_block?: number;
  contracts: Record<string, `0x${string}`>;
  endpoints: {
    rpcUrl?: string;
    relayerUrl?: string;
    ipfsUrl?: string;
    keynodeUrls?: string[];
  };
}

/** The raw JSON (handed as is to the SDK) and its parsed form. */
export interface LoadedDeployment {
  raw: string;
  deployment: Deployment;
  chain: Chain;
}

export class DeploymentError extends Error {}

export async function loadDeployment(url = "./deployment.json"): Promise<LoadedDeployment> {
  let response: Response;
  try {
    response = await fetch(url, { cache: "no-store" });
  } catch (e) {
    throw new DeploymentError(`The page could not fetch its deployment file (${url}): ${String(e)}`);
  }
  if (!response.ok) {
    throw new DeploymentError(
      `The page is served without its deployment file (${url} answered ${response.status}). ` +
        "Serve the deployment JSON that `medvault dev` or `medvault deploy` wrote beside index.html.",
    );
  }
  const raw = await response.text();
  let deployment: Deployment;
  try {
    deployment = JSON.parse(raw);
  } catch {
    throw new DeploymentError(`${url} is not JSON.`);
  }
  const missing = [
    typeof deployment.chain_id !== "number" && "chain_id",
    !deployment.contracts?.accounts && "contracts.accounts",
    !deployment.endpoints?.rpcUrl && "endpoints.rpcUrl",
    !deployment.endpoints?.relayerUrl && "endpoints.relayerUrl",
    !deployment.endpoints?.ipfsUrl && "endpoints.ipfsUrl",
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new DeploymentError(`${url} lacks ${missing.join(", ")}.`);
  }
  const chain = defineChain({
    id: deployment.chain_id,
    name: deployment.chain_id === 31337 ? "medvault local chain" : `medvault chain ${deployment.chain_id}`,
    nativeCurrency: { name: "Ether", symbol: "ETH", decimals: 18 },
    rpcUrls: { default: { http: [deployment.endpoints.rpcUrl!] } },
  });
  return { raw, deployment, chain };
}
