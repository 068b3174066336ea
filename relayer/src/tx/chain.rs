//! The chain as the manager sees it: the [`TxSender`] trait and its JSON-RPC implementation.
//!
//! The provider is built without alloy's fillers: the manager owns nonces, fees and gas itself.

use alloy::rpc::client::RpcClient;
use alloy::{
    consensus::{SignableTransaction, TxEip1559, TxEnvelope},
    eips::{BlockNumberOrTag, eip2718::Encodable2718},
    network::TxSignerSync,
    primitives::{Address, B256, Bytes, TxKind, U256},
    providers::{Provider, RootProvider},
    rpc::client::BatchRequest,
    rpc::types::{TransactionReceipt, TransactionRequest},
    signers::local::Secp256k1Signer,
};
use async_trait::async_trait;
use futures::StreamExt;
use std::time::Duration;

use super::{
    TxCall,
    error::{Result, RpcErrorKind, TxError},
    fees::Fees,
    journal::{Attempt, Inclusion},
};

/// One block as the receipt tracker needs it: its hash and our transactions in it.
#[derive(Debug, Clone)]
pub struct BlockView {
    /// Block number.
    pub number: u64,
    /// Block hash.
    pub hash: B256,
    /// Inclusions of transactions sent by the signer.
    pub ours: Vec<Inclusion>,
}

/// The chain operations the manager needs (a side effect behind a trait).
#[async_trait]
pub trait TxSender: Send + Sync + 'static {
    /// Chain id.
    async fn chain_id(&self) -> Result<u64>;
    /// The account's nonce at `latest` (mined) or `pending` (including the pool).
    async fn nonce(&self, address: Address, pending: bool) -> Result<u64>;
    /// Gas estimate for the call from `from`; a revert comes back classified as `Reverted`.
    async fn estimate_gas(&self, from: Address, call: &TxCall) -> Result<u64>;
    /// Current market fees (base fee of the latest block, node-suggested tip).
    async fn market_fees(&self, cap: u128) -> Result<Fees>;
    /// Broadcasts signed bytes.
    async fn send_raw(&self, raw: &Bytes) -> Result<B256>;
    /// Broadcasts several signed transactions; one answer per transaction, in order. The node
    /// should receive them together (so it can put them in the same block); by default they are
    /// sent one after the other.
    async fn send_raw_many(&self, raws: &[Bytes]) -> Vec<Result<B256>> {
        let mut answers = Vec::with_capacity(raws.len());
        for raw in raws {
            answers.push(self.send_raw(raw).await);
        }
        answers
    }
    /// Latest block number.
    async fn head(&self) -> Result<u64>;
    /// Number of the chain's `finalized` block.
    async fn finalized(&self) -> Result<u64>;
    /// Hash of the canonical block at `number`, if it exists.
    async fn block_hash(&self, number: u64) -> Result<Option<B256>>;
    /// The canonical block at `number` with the inclusions of `from`'s transactions.
    async fn block(&self, number: u64, from: Address) -> Result<Option<BlockView>>;
    /// Where a transaction was included, if it was.
    async fn inclusion(&self, tx_hash: B256) -> Result<Option<Inclusion>>;
    /// Whether the node knows the transaction (pool or chain).
    async fn is_known(&self, tx_hash: B256) -> Result<bool>;
}

/// How long one request may take by default (see [`RpcSender::with_timeout`]).
pub const DEFAULT_RPC_TIMEOUT: Duration = Duration::from_secs(10);

/// Batch requests a group of broadcasts is split into, at most, sent at the same time.
const PARALLEL_BATCHES: usize = 8;
/// A group gets one batch request per this many transactions, up to [`PARALLEL_BATCHES`].
const SENDS_PER_BATCH: usize = 16;
/// Transactions a batch request carries at most (geth refuses batches over 1,000 calls by default).
const MAX_SENDS_PER_BATCH: usize = 500;

/// Transactions per batch request for a group of `n`: one batch per [`SENDS_PER_BATCH`] up to
/// [`PARALLEL_BATCHES`], none over [`MAX_SENDS_PER_BATCH`] (a larger group makes more batches).
fn batch_size(n: usize) -> usize {
    let parts = n.div_ceil(SENDS_PER_BATCH).clamp(1, PARALLEL_BATCHES);
    n.div_ceil(parts).clamp(1, MAX_SENDS_PER_BATCH)
}

/// [`TxSender`] over JSON-RPC (HTTP).
#[derive(Debug, Clone)]
pub struct RpcSender {
    provider: RootProvider,
}

impl RpcSender {
    /// Connects to `rpc_url` (no fillers), each request bounded by [`DEFAULT_RPC_TIMEOUT`].
    pub fn new(rpc_url: &str) -> Result<Self> {
        Self::with_timeout(rpc_url, DEFAULT_RPC_TIMEOUT)
    }

    /// Connects to `rpc_url` (no fillers); a request not answered within `timeout` fails as a
    /// transport error, so a node that holds a connection open without answering costs one
    /// retry, not the manager's receipt tracking.
    pub fn with_timeout(rpc_url: &str, timeout: Duration) -> Result<Self> {
        let url = rpc_url.parse().map_err(|_| TxError::BadUrl(rpc_url.to_string()))?;
        let http = alloy::transports::http::reqwest::Client::builder()
            .timeout(timeout)
            .connect_timeout(timeout)
            .build()
            .map_err(|e| TxError::BadUrl(format!("{rpc_url}: {e}")))?;
        let transport = alloy::transports::http::Http::with_client(http, url);
        let is_local = transport.guess_local();
        Ok(Self { provider: RootProvider::new(RpcClient::new(transport, is_local)) })
    }

    /// The underlying provider.
    pub fn provider(&self) -> &RootProvider {
        &self.provider
    }

    /// One JSON-RPC batch of `eth_sendRawTransaction`; one answer per transaction, in order.
    async fn send_batch(&self, raws: &[Bytes]) -> Vec<Result<B256>> {
        let mut batch = BatchRequest::new(self.provider.client());
        let waiters: Vec<_> = raws
            .iter()
            .map(|raw| batch.add_call::<_, B256>("eth_sendRawTransaction", &(raw,)))
            .collect();
        let sent = batch.send().await;
        let mut answers = Vec::with_capacity(raws.len());
        for waiter in waiters {
            let answer = match (&sent, waiter) {
                (Err(e), _) => Err(TxError::Rpc {
                    kind: RpcErrorKind::Transport,
                    message: format!("batch request failed: {e}"),
                }),
                (Ok(()), Err(e)) => Err(TxError::rpc(e)),
                (Ok(()), Ok(w)) => w.await.map_err(TxError::rpc),
            };
            answers.push(answer);
        }
        answers
    }
}

fn inclusion_of(r: &TransactionReceipt) -> Option<Inclusion> {
    Some(Inclusion {
        tx_hash: r.transaction_hash,
        block_number: r.block_number?,
        block_hash: r.block_hash?,
        succeeded: r.status(),
    })
}

#[async_trait]
impl TxSender for RpcSender {
    async fn chain_id(&self) -> Result<u64> {
        self.provider.get_chain_id().await.map_err(TxError::rpc)
    }

    async fn nonce(&self, address: Address, pending: bool) -> Result<u64> {
        let call = self.provider.get_transaction_count(address);
        let call = if pending { call.pending() } else { call.latest() };
        call.await.map_err(TxError::rpc)
    }

    async fn estimate_gas(&self, from: Address, call: &TxCall) -> Result<u64> {
        let req = TransactionRequest::default()
            .from(from)
            .to(call.to)
            .input(call.input.clone().into())
            .value(U256::ZERO);
        self.provider.estimate_gas(req).await.map_err(TxError::rpc)
    }

    async fn market_fees(&self, cap: u128) -> Result<Fees> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Latest)
            .await
            .map_err(TxError::rpc)?;
        let base = block.and_then(|b| b.header.base_fee_per_gas).unwrap_or(0) as u128;
        let tip = self.provider.get_max_priority_fee_per_gas().await.map_err(TxError::rpc)?;
        Ok(Fees::market(base, tip, cap))
    }

    async fn send_raw(&self, raw: &Bytes) -> Result<B256> {
        self.provider
            .raw_request("eth_sendRawTransaction".into(), (raw,))
            .await
            .map_err(TxError::rpc)
    }

    /// JSON-RPC batch requests, several at once: a node answers one batch's calls one after the
    /// other, and checking a transaction (recovering its sender) is most of a node's work on
    /// `eth_sendRawTransaction`, so parallel batches keep all of its cores busy. A transaction
    /// that arrives before a lower nonce of ours waits in the node's pool for it.
    async fn send_raw_many(&self, raws: &[Bytes]) -> Vec<Result<B256>> {
        if raws.len() == 1 {
            return vec![self.send_raw(&raws[0]).await];
        }
        let chunk = batch_size(raws.len());
        // Futures do nothing until polled: `buffered` runs PARALLEL_BATCHES of them at a time.
        let batches: Vec<_> = raws.chunks(chunk).map(|part| self.send_batch(part)).collect();
        futures::stream::iter(batches)
            .buffered(PARALLEL_BATCHES)
            .collect::<Vec<_>>()
            .await
            .into_iter()
            .flatten()
            .collect()
    }

    async fn head(&self) -> Result<u64> {
        self.provider.get_block_number().await.map_err(TxError::rpc)
    }

    async fn finalized(&self) -> Result<u64> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Finalized)
            .await
            .map_err(TxError::rpc)?;
        // A node that does not know the tag (or not yet a finalized block) has nothing final.
        Ok(block.map_or(0, |b| b.header.number))
    }

    async fn block_hash(&self, number: u64) -> Result<Option<B256>> {
        let block = self
            .provider
            .get_block_by_number(BlockNumberOrTag::Number(number))
            .await
            .map_err(TxError::rpc)?;
        Ok(block.map(|b| b.header.hash))
    }

    async fn block(&self, number: u64, from: Address) -> Result<Option<BlockView>> {
        let receipts = self
            .provider
            .get_block_receipts(BlockNumberOrTag::Number(number).into())
            .await
            .map_err(TxError::rpc)?;
        let Some(receipts) = receipts else {
            return Ok(None);
        };
        let hash = match receipts.first().and_then(|r| r.block_hash) {
            Some(h) => h,
            None => match self.block_hash(number).await? {
                Some(h) => h,
                None => return Ok(None),
            },
        };
        let ours = receipts.iter().filter(|r| r.from == from).filter_map(inclusion_of).collect();
        Ok(Some(BlockView { number, hash, ours }))
    }

    async fn inclusion(&self, tx_hash: B256) -> Result<Option<Inclusion>> {
        let r = self.provider.get_transaction_receipt(tx_hash).await.map_err(TxError::rpc)?;
        Ok(r.as_ref().and_then(inclusion_of))
    }

    async fn is_known(&self, tx_hash: B256) -> Result<bool> {
        let t = self.provider.get_transaction_by_hash(tx_hash).await.map_err(TxError::rpc)?;
        Ok(t.is_some())
    }
}

/// The unsigned EIP-1559 transaction of a call (value 0, no access list).
pub fn eip1559(chain_id: u64, nonce: u64, gas_limit: u64, fees: Fees, call: &TxCall) -> TxEip1559 {
    TxEip1559 {
        chain_id,
        nonce,
        gas_limit,
        max_fee_per_gas: fees.max_fee_per_gas,
        max_priority_fee_per_gas: fees.max_priority_fee_per_gas,
        to: TxKind::Call(call.to),
        value: U256::ZERO,
        access_list: Default::default(),
        input: call.input.clone(),
    }
}

/// Signs an EIP-1559 call (value 0) and returns the attempt to journal and broadcast.
pub fn sign(
    signer: &Secp256k1Signer,
    chain_id: u64,
    nonce: u64,
    gas_limit: u64,
    fees: Fees,
    call: &TxCall,
) -> Result<Attempt> {
    let mut tx = eip1559(chain_id, nonce, gas_limit, fees, call);
    let sig = signer.sign_transaction_sync(&mut tx).map_err(|e| TxError::Sign(e.to_string()))?;
    let signed = tx.into_signed(sig);
    let tx_hash = *signed.hash();
    let raw: Bytes = TxEnvelope::from(signed).encoded_2718().into();
    Ok(Attempt { tx_hash, nonce, gas_limit, fees, raw })
}

#[cfg(test)]
mod tests {
    use alloy::{
        consensus::{Transaction, transaction::SignerRecoverable},
        eips::eip2718::Decodable2718,
        primitives::keccak256,
        signers::local::PrivateKeySigner,
    };

    use super::*;

    #[test]
    fn a_group_is_split_into_parallel_batches_of_bounded_size() {
        let batches = |n: usize| n.div_ceil(batch_size(n));
        assert_eq!((batch_size(10), batches(10)), (10, 1), "a small group is one batch");
        assert_eq!((batch_size(40), batches(40)), (14, 3), "one batch per 16, evened out");
        assert_eq!((batch_size(256), batches(256)), (32, 8));
        assert_eq!((batch_size(10_000), batches(10_000)), (500, 20), "none over 500");
    }

    #[test]
    fn libsecp256k1_signs_as_k256_does_and_the_sender_recovers() {
        let k256 = PrivateKeySigner::from_bytes(&B256::repeat_byte(0x11)).unwrap();
        let secp = k256.to_secp256k1();
        assert_eq!(secp.address(), k256.address());
        let fees = Fees { max_fee_per_gas: 3_000_000_000, max_priority_fee_per_gas: 1_000_000_000 };
        let call = TxCall {
            to: Address::repeat_byte(0x22),
            input: [&keccak256("mark(bytes32)")[..4], &[7u8; 32]].concat().into(),
        };

        let attempt = sign(&secp, 31337, 5, 60_000, fees, &call).unwrap();
        let tx = TxEnvelope::decode_2718(&mut attempt.raw.as_ref()).unwrap();
        assert_eq!(*tx.tx_hash(), attempt.tx_hash);
        assert_eq!(tx.recover_signer().unwrap(), k256.address());
        assert_eq!((tx.nonce(), tx.gas_limit(), tx.chain_id()), (5, 60_000, Some(31337)));
        assert_eq!(tx.input(), &call.input);

        // RFC 6979 nonces: the same transaction signed by k256 is byte for byte the same.
        let mut unsigned = eip1559(31337, 5, 60_000, fees, &call);
        let sig = k256.sign_transaction_sync(&mut unsigned).unwrap();
        let by_k256: Bytes = TxEnvelope::from(unsigned.into_signed(sig)).encoded_2718().into();
        assert_eq!(by_k256, attempt.raw);
    }
}
