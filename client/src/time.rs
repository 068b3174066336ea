//! Clocks and timers that work natively (tokio) and in the browser (the JS event loop).

use std::time::Duration;

/// Waits `duration` without blocking the thread.
pub(crate) async fn sleep(duration: Duration) {
    #[cfg(not(target_arch = "wasm32"))]
    tokio::time::sleep(duration).await;
    #[cfg(target_arch = "wasm32")]
    wasmtimer::tokio::sleep(duration).await;
}

/// Seconds since the Unix epoch, by the device's clock.
pub(crate) fn unix_now() -> u64 {
    #[cfg(not(target_arch = "wasm32"))]
    let now = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH);
    #[cfg(target_arch = "wasm32")]
    let now = wasmtimer::std::SystemTime::now().duration_since(wasmtimer::std::UNIX_EPOCH);
    now.map(|d| d.as_secs()).unwrap_or(0)
}

/// A monotonic instant (the browser has no `std::time::Instant`).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) use std::time::Instant;
#[cfg(target_arch = "wasm32")]
pub(crate) use wasmtimer::std::Instant;
