//! The research market as a patient's device reads it from the chain.

use alloy::{
    primitives::{Address, B256, U256},
    providers::Provider,
};
use medvault_primitives::market::{decode_request_opened, request_opened_filter};

/// The criteria commitments of `DataMarket` requests, `(request id, criteria)` in the order they
/// were opened, from block `from` on (the deployment's start block): of request `id` only, or of
/// every request. Read from the chain, not from the relayer, so a patient checks what she is shown.
pub async fn opened_criteria<P: Provider>(
    provider: &P,
    market: Address,
    from: u64,
    id: Option<U256>,
) -> Result<Vec<(U256, B256)>, alloy::transports::TransportError> {
    let logs = provider.get_logs(&request_opened_filter(market, from, id)).await?;
    Ok(decode_request_opened(&logs))
}
