//! The SDK's HTTP client, with bounded waits: a relayer, key node or IPFS gateway that accepts a
//! connection and then never answers must not hang a command (or a page) for ever.
//!
//! Natively: [`CONNECT_TIMEOUT`] to connect, and [`READ_TIMEOUT`] without a byte read (a limit
//! on silence, not on the whole transfer, so a large upload or download on a slow link still
//! completes). In the browser, `fetch` bounds connections itself.

use std::time::Duration;

/// Longest wait for a connection.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// Longest silence while reading an answer.
pub const READ_TIMEOUT: Duration = Duration::from_secs(60);

/// A client with the waits above.
pub fn client() -> reqwest::Client {
    client_with(READ_TIMEOUT)
}

fn client_with(read_timeout: Duration) -> reqwest::Client {
    #[cfg(not(target_arch = "wasm32"))]
    let builder =
        reqwest::Client::builder().connect_timeout(CONNECT_TIMEOUT).read_timeout(read_timeout);
    #[cfg(target_arch = "wasm32")]
    let builder = {
        let _ = read_timeout;
        reqwest::Client::builder()
    };
    // Building fails only if the TLS backend cannot start; plain `new()` would panic then too.
    builder.build().unwrap_or_else(|e| panic!("the HTTP client cannot be built: {e}"))
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    use std::time::Instant;

    use super::*;

    /// A server that accepts and never answers: the request fails after the read timeout rather
    /// than hanging (checked with a shorter one).
    #[tokio::test]
    async fn a_silent_server_does_not_hang_the_client() {
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            let mut held = Vec::new();
            while let Ok((socket, _)) = listener.accept().await {
                held.push(socket);
            }
        });
        let http = client_with(Duration::from_millis(300));
        let started = Instant::now();
        let e = http.get(format!("http://{addr}/v1/info")).send().await.unwrap_err();
        assert!(e.is_timeout(), "{e}");
        assert!(started.elapsed() < Duration::from_secs(5));
    }
}
