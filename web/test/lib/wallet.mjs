// A test wallet injected into the page as an EIP-1193 provider (window.ethereum, and announced
// by EIP-6963), as a browser extension would be. Its key stays in Node: the page's requests reach
// it through `page.exposeFunction`, and it signs with viem's `privateKeyToAccount`. Reads are
// forwarded to the chain's RPC. `rejectNext` makes it decline signatures as a user would (4001);
// `switchAccount(key)` is the user picking another account.
import { privateKeyToAccount } from "viem/accounts";

const INIT = `(() => {
  const listeners = {};
  const provider = {
    isMedvaultTestWallet: true,
    async request({ method, params }) {
      const answer = await window.__medvaultTestWallet(method, params === undefined ? null : JSON.stringify(params));
      if (answer.error) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
      return answer.result;
    },
    on(event, fn) { (listeners[event] ??= []).push(fn); return provider; },
    removeListener(event, fn) { listeners[event] = (listeners[event] ?? []).filter((f) => f !== fn); return provider; },
  };
  window.__medvaultTestWalletEmit = (event, data) => (listeners[event] ?? []).forEach((fn) => fn(data));
  const info = {
    uuid: "6f1c1d9e-0c2b-4c1e-9a55-5d0e2f0a7a11",
    name: "medvault test wallet",
    icon: "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' width='32' height='32'%3E%3Crect width='32' height='32' fill='%230b4f6c'/%3E%3C/svg%3E",
    rdns: "org.medvault.testwallet",
  };
  const announce = () =>
    window.dispatchEvent(new CustomEvent("eip6963:announceProvider", { detail: Object.freeze({ info, provider }) }));
  window.addEventListener("eip6963:requestProvider", announce);
  announce();
  window.ethereum = provider;
})();`;

const hex = (n) => `0x${n.toString(16)}`;

export async function injectWallet(page, { privateKey, rpcUrl, chainId }) {
  let account = privateKeyToAccount(privateKey);
  const wallet = {
    address: account.address,
    chainId,
    authorized: false,
    known: new Map([[chainId, null]]),
    added: [],
    rejectNext: 0,
    // Every typed data signed, with its signature (the key derivation's must never leave).
    signed: [],
    async emit(event, data) {
      await page.evaluate(([e, d]) => window.__medvaultTestWalletEmit?.(e, d), [event, data]);
    },
    /** The user picks another account in the wallet: `accountsChanged`, as an extension emits it. */
    async switchAccount(otherKey) {
      account = privateKeyToAccount(otherKey);
      wallet.address = account.address;
      if (wallet.authorized) await wallet.emit("accountsChanged", [account.address]);
    },
  };
  const rpc = async (method, params) => {
    const response = await fetch(rpcUrl, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ jsonrpc: "2.0", id: 1, method, params: params ?? [] }),
    });
    const body = await response.json();
    if (body.error) throw Object.assign(new Error(body.error.message), { code: body.error.code });
    return body.result;
  };
  const fail = (code, message) => Object.assign(new Error(message), { code });
  const handle = async (method, params) => {
    switch (method) {
      // As an extension does: no account for the page until the user connects it.
      case "eth_requestAccounts":
        wallet.authorized = true;
        return [account.address];
      case "eth_accounts":
        return wallet.authorized ? [account.address] : [];
      case "eth_chainId":
        return hex(wallet.chainId);
      case "net_version":
        return String(wallet.chainId);
      case "wallet_requestPermissions":
        wallet.authorized = true;
        return [{ parentCapability: "eth_accounts" }];
      case "wallet_getPermissions":
        return wallet.authorized ? [{ parentCapability: "eth_accounts" }] : [];
      case "wallet_revokePermissions":
        wallet.authorized = false;
        return null;
      case "wallet_switchEthereumChain": {
        const id = Number(params[0].chainId);
        if (!wallet.known.has(id)) throw fail(4902, `Unrecognized chain ID ${hex(id)}. Try adding the chain using wallet_addEthereumChain first.`);
        wallet.chainId = id;
        await wallet.emit("chainChanged", hex(id));
        return null;
      }
      case "wallet_addEthereumChain": {
        const id = Number(params[0].chainId);
        wallet.added.push(params[0]);
        wallet.known.set(id, params[0]);
        wallet.chainId = id;
        await wallet.emit("chainChanged", hex(id));
        return null;
      }
      case "eth_signTypedData_v4": {
        if (wallet.rejectNext > 0) {
          wallet.rejectNext -= 1;
          throw fail(4001, "User rejected the request.");
        }
        const [from, json] = params;
        if (from.toLowerCase() !== account.address.toLowerCase()) throw fail(4100, `not this wallet's account: ${from}`);
        const typed = JSON.parse(json);
        const domain = { ...typed.domain };
        if (domain.chainId !== undefined) {
          domain.chainId = Number(domain.chainId);
          // As wallets do: typed data for another chain than the active one is refused.
          if (domain.chainId !== wallet.chainId) throw fail(-32603, `typed data for chain ${domain.chainId}, wallet on ${wallet.chainId}`);
        }
        const { EIP712Domain: _, ...types } = typed.types;
        const signature = await account.signTypedData({ domain, types, primaryType: typed.primaryType, message: typed.message });
        wallet.signed.push({ primaryType: typed.primaryType, signature });
        return signature;
      }
      case "personal_sign": {
        if (wallet.rejectNext > 0) {
          wallet.rejectNext -= 1;
          throw fail(4001, "User rejected the request.");
        }
        const [message, from] = params;
        if (from.toLowerCase() !== account.address.toLowerCase()) throw fail(4100, `not this wallet's account: ${from}`);
        const signature = await account.signMessage({ message: { raw: message } });
        wallet.signed.push({ primaryType: "personal_sign", signature });
        return signature;
      }
      case "eth_sendTransaction":
        throw fail(4200, "this test wallet sends no transactions: medvault's patient needs none");
      default:
        return rpc(method, params);
    }
  };
  await page.exposeFunction("__medvaultTestWallet", async (method, paramsJson) => {
    try {
      return { result: await handle(method, paramsJson === null ? undefined : JSON.parse(paramsJson)) };
    } catch (e) {
      return { error: { code: e.code ?? -32603, message: e.message } };
    }
  });
  await page.addInitScript(INIT);
  return wallet;
}
