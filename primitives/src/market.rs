//! Reading the research market's public log: the one definition of which events say what, for the
//! relayer's feed and for a patient's own check of a request's criteria.

use alloy::{
    primitives::{Address, B256, U256},
    rpc::types::{Filter, Log},
    sol_types::SolEvent,
};
use medvault_bindings::data_market::DataMarket;

/// The filter of `DataMarket.RequestOpened` events of the market at `market`, from block `from`
/// on (the deployment's start block): of request `id` only, or of every request.
pub fn request_opened_filter(market: Address, from: u64, id: Option<U256>) -> Filter {
    let filter = Filter::new()
        .address(market)
        .from_block(from)
        .event_signature(DataMarket::RequestOpened::SIGNATURE_HASH);
    match id {
        Some(id) => filter.topic1(B256::from(id)),
        None => filter,
    }
}

/// The criteria commitments `(request id, criteria)` of the `RequestOpened` events among `logs`, in
/// the order they were opened.
pub fn decode_request_opened(logs: &[Log]) -> Vec<(U256, B256)> {
    logs.iter()
        .filter_map(|l| l.log_decode::<DataMarket::RequestOpened>().ok())
        .map(|e| (e.inner.data.requestId, e.inner.data.criteria))
        .collect()
}
