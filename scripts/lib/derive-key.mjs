// Derives a medvault encryption key from a wallet signature with viem and node:crypto alone: an
// implementation independent of the Rust SDK (docs/KEYS.md), which the CLI's end-to-end suite
// checks against it.
//
//   node scripts/lib/derive-key.mjs PRIVATE_KEY CHAIN_ID ACCOUNT_REGISTRY EPOCH
//
// prints the compressed public key of the derived encryption key (0x + 66 hex digits).
import { hkdfSync } from "node:crypto";
import { privateKeyToAccount } from "viem/accounts";

const NOTICE =
  "Derive my medvault encryption key. Anyone who obtains this signature can read my medical records: sign it only in medvault.";
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

const [privateKey, chainId, registry, epoch] = process.argv.slice(2);
if (!privateKey || !chainId || !registry || !epoch) {
  console.error("usage: derive-key.mjs PRIVATE_KEY CHAIN_ID ACCOUNT_REGISTRY EPOCH");
  process.exit(2);
}

const account = privateKeyToAccount(privateKey);
const signature = await account.signTypedData({
  domain: { name: "medvault", version: "1", chainId: Number(chainId), verifyingContract: registry },
  types: {
    EncryptionKeyDerivation: [
      { name: "notice", type: "string" },
      { name: "account", type: "address" },
      { name: "epoch", type: "uint32" },
    ],
  },
  primaryType: "EncryptionKeyDerivation",
  message: { notice: NOTICE, account: account.address, epoch: Number(epoch) },
});

// IKM: r ‖ s with s in the lower half of the order.
const sig = Buffer.from(signature.slice(2), "hex");
const r = sig.subarray(0, 32);
let s = BigInt("0x" + sig.subarray(32, 64).toString("hex"));
if (s > N / 2n) s = N - s;
const ikm = Buffer.concat([r, Buffer.from(s.toString(16).padStart(64, "0"), "hex")]);

// HKDF-SHA256, salt "medvault/keys/v1", info "encryption" ‖ epoch (u32 BE) [‖ counter].
const epochBytes = Buffer.alloc(4);
epochBytes.writeUInt32BE(Number(epoch));
const base = Buffer.concat([Buffer.from("encryption"), epochBytes]);
for (let counter = 0; counter < 256; counter++) {
  const info = counter === 0 ? base : Buffer.concat([base, Buffer.from([counter])]);
  const okm = Buffer.from(hkdfSync("sha256", ikm, Buffer.from("medvault/keys/v1"), info, 32));
  const scalar = BigInt("0x" + okm.toString("hex"));
  if (scalar > 0n && scalar < N) {
    // viem's account of the scalar gives its public key uncompressed: 0x04 ‖ x ‖ y.
    const full = privateKeyToAccount("0x" + okm.toString("hex")).publicKey;
    const [x, y] = [full.slice(4, 68), full.slice(68)];
    const prefix = BigInt("0x" + y) % 2n === 0n ? "02" : "03";
    console.log("0x" + prefix + x);
    process.exit(0);
  }
}
console.error("no scalar in range after 256 expansions");
process.exit(1);
