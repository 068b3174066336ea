//! The relayer's HTTP server: one accept loop for HTTP and HTTPS, bounded in every dimension a
//! client controls.
//!
//! - **Connections**: at most `--http.max-connections` at once; past that, accepting waits (the
//!   kernel's backlog holds the rest), so a flood of idle sockets cannot exhaust file descriptors
//!   or memory.
//! - **Slow clients**: a TLS handshake must finish, and a request's headers arrive, within
//!   `--http.header-timeout-secs`; a request's body within `--http.body-timeout-secs` (408).
//!   Handlers run only on whole bodies, so a cut-off upload changes nothing.
//! - **Large bodies**: a body over [`SMALL_BODY`] (record submissions) is read only while fewer
//!   than `--http.max-large-bodies` others are; past that the request is answered 503 at once
//!   (retryable, `Retry-After: 1`) and its body never read, so memory held by bodies stays under
//!   that many times the largest body the routes accept — before any signature is checked.
//!
//! Shutdown stops accepting, lets requests in flight finish (up to [`DRAIN`]), then returns.

use std::{net::SocketAddr, sync::Arc, time::Duration};

use axum::{
    Router,
    body::Body,
    extract::{ConnectInfo, Request, State},
    http::{HeaderValue, StatusCode, header},
    middleware::Next,
    response::{IntoResponse, Response},
};
use hyper_util::{
    rt::{TokioIo, TokioTimer},
    server::graceful::GracefulShutdown,
};
use tokio::{
    io::{AsyncRead, AsyncWrite},
    sync::Semaphore,
};
use tower::ServiceExt;

use super::{ApiFlags, error::ApiError};

/// Bodies up to this size (every user API route's) are read without a large-body slot.
pub const SMALL_BODY: usize = 64 << 10;

/// How long shutdown waits for requests in flight.
pub const DRAIN: Duration = Duration::from_secs(10);

/// How bodies are read: within a time, within a size, and large ones a few at a time.
#[derive(Clone, Debug)]
pub struct BodyGuard {
    /// The largest body any route accepts (the routes' own limits still apply after).
    pub max_bytes: usize,
    /// Time a whole body has to arrive.
    pub timeout: Duration,
    /// Slots for bodies over [`SMALL_BODY`].
    pub large: Arc<Semaphore>,
}

impl BodyGuard {
    /// The guard `flags` describe, for routes whose largest body is `max_bytes`.
    pub fn new(flags: &ApiFlags, max_bytes: usize) -> Self {
        Self {
            max_bytes,
            timeout: Duration::from_secs(flags.http_body_timeout_secs),
            large: Arc::new(Semaphore::new(flags.http_max_large_bodies.max(1))),
        }
    }
}

/// Middleware: reads the request's body under the [`BodyGuard`], then hands the request on.
pub async fn guard_body(State(guard): State<BodyGuard>, req: Request, next: Next) -> Response {
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > guard.max_bytes) {
        return too_large(guard.max_bytes);
    }
    // A body of unknown length may be large: it takes a slot too.
    let _slot = if declared.is_none_or(|n| n > SMALL_BODY) {
        match guard.large.clone().try_acquire_owned() {
            Ok(slot) => Some(slot),
            Err(_) => {
                let mut busy = ApiError::Unavailable(
                    "the relayer is reading as many large uploads as it takes at once; retry in a moment".into(),
                )
                .into_response();
                busy.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
                return busy;
            }
        }
    } else {
        None
    };
    let (parts, body) = req.into_parts();
    let bytes = match tokio::time::timeout(
        guard.timeout,
        axum::body::to_bytes(body, guard.max_bytes),
    )
    .await
    {
        Ok(Ok(bytes)) => bytes,
        Ok(Err(e)) => {
            let too_big = std::error::Error::source(&e)
                .is_some_and(|s| s.is::<http_body_util::LengthLimitError>());
            return if too_big {
                too_large(guard.max_bytes)
            } else {
                ApiError::BadRequest(format!("the request body could not be read: {e}"))
                    .into_response()
            };
        }
        Err(_) => {
            return (
                StatusCode::REQUEST_TIMEOUT,
                axum::Json(serde_json::json!({
                    "error": format!(
                        "the request body did not arrive within {} s; nothing was done",
                        guard.timeout.as_secs()
                    ),
                    "retryable": true,
                })),
            )
                .into_response();
        }
    };
    drop(_slot);
    next.run(Request::from_parts(parts, Body::from(bytes))).await
}

fn too_large(max: usize) -> Response {
    (
        StatusCode::PAYLOAD_TOO_LARGE,
        axum::Json(serde_json::json!({
            "error": format!("the request body is over {max} bytes"),
            "retryable": false,
        })),
    )
        .into_response()
}

/// Serves `app` on `listener` until `shutdown`: over TLS if `flags` name a certificate and key.
pub async fn serve(
    listener: tokio::net::TcpListener,
    app: Router,
    flags: &ApiFlags,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> eyre::Result<()> {
    let tls = match (&flags.tls_cert, &flags.tls_key) {
        (Some(cert), Some(key)) => {
            tracing::info!(cert = %cert.display(), "serving HTTPS");
            Some(tokio_rustls::TlsAcceptor::from(Arc::new(super::tls::server_config(cert, key)?)))
        }
        (None, None) => None,
        _ => eyre::bail!("HTTPS needs both --tls-cert and --tls-key"),
    };
    let header_timeout = Duration::from_secs(flags.http_header_timeout_secs);
    let connections = Arc::new(Semaphore::new(flags.http_max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let slot = tokio::select! {
            slot = connections.clone().acquire_owned() => slot?,
            () = &mut shutdown => break,
        };
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(c) => c,
                Err(e) => {
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let app = app.clone();
        let watcher = graceful.watcher();
        match &tls {
            None => {
                tokio::spawn(async move {
                    connection(tcp, peer, app, header_timeout, watcher).await;
                    drop(slot);
                });
            }
            Some(acceptor) => {
                let acceptor = acceptor.clone();
                tokio::spawn(async move {
                    match tokio::time::timeout(header_timeout, acceptor.accept(tcp)).await {
                        Ok(Ok(stream)) => {
                            connection(stream, peer, app, header_timeout, watcher).await
                        }
                        Ok(Err(e)) => tracing::debug!(%peer, error = %e, "TLS handshake failed"),
                        Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
                    }
                    drop(slot);
                });
            }
        }
    }
    if tokio::time::timeout(DRAIN, graceful.shutdown()).await.is_err() {
        tracing::warn!("requests still in flight after {DRAIN:?}: stopping anyway");
    }
    Ok(())
}

/// Serves one connection: HTTP/1.1, headers within `header_timeout`, the client's address
/// attached for the rate limit.
async fn connection<S>(
    stream: S,
    peer: SocketAddr,
    app: Router,
    header_timeout: Duration,
    graceful: hyper_util::server::graceful::Watcher,
) where
    S: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = hyper::service::service_fn(move |mut req: hyper::Request<_>| {
        req.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
        app.clone().oneshot(req.map(Body::new))
    });
    let conn = hyper::server::conn::http1::Builder::new()
        .timer(TokioTimer::new())
        .header_read_timeout(header_timeout)
        .serve_connection(TokioIo::new(stream), service);
    if let Err(e) = graceful.watch(conn).await {
        tracing::debug!(%peer, error = %e, "connection ended with an error");
    }
}

#[cfg(test)]
mod tests {
    use std::time::Instant;

    use axum::routing::post;
    use tokio::{
        io::{AsyncReadExt, AsyncWriteExt},
        net::TcpStream,
    };

    use super::*;

    /// A server of one echoing route under the guard, with one-second timeouts and one slot for
    /// large bodies.
    async fn server() -> SocketAddr {
        let flags = ApiFlags {
            http_header_timeout_secs: 1,
            http_body_timeout_secs: 1,
            http_max_large_bodies: 1,
            http_max_connections: 8,
            ..ApiFlags::default()
        };
        let guard = BodyGuard::new(&flags, 1 << 20);
        let app = Router::new()
            .route("/echo", post(|body: axum::body::Bytes| async move { body.len().to_string() }))
            .layer(axum::middleware::from_fn_with_state(guard, guard_body));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move { serve(listener, app, &flags, std::future::pending()).await });
        addr
    }

    async fn read_all(stream: &mut TcpStream) -> String {
        let mut out = Vec::new();
        let _ = tokio::time::timeout(Duration::from_secs(5), stream.read_to_end(&mut out)).await;
        String::from_utf8_lossy(&out).into_owned()
    }

    fn head(len: usize) -> String {
        format!(
            "POST /echo HTTP/1.1\r\nhost: x\r\ncontent-length: {len}\r\nconnection: close\r\n\r\n"
        )
    }

    /// A client that sends its headers a byte at a time, forever, is cut off.
    #[tokio::test]
    async fn headers_that_never_end_are_cut_off() {
        let addr = server().await;
        let mut slow = TcpStream::connect(addr).await.unwrap();
        slow.write_all(b"POST /echo HTTP/1.1\r\nhost: x\r\n").await.unwrap();
        let started = Instant::now();
        let answer = read_all(&mut slow).await;
        assert!(started.elapsed() < Duration::from_secs(4), "closed after the header timeout");
        assert!(!answer.contains("200 OK"), "{answer}");
    }

    /// A body that stops arriving gets 408 and reaches no handler.
    #[tokio::test]
    async fn a_body_that_stops_arriving_gets_408() {
        let addr = server().await;
        let mut slow = TcpStream::connect(addr).await.unwrap();
        slow.write_all(format!("{}0123456789", head(100)).as_bytes()).await.unwrap();
        let answer = read_all(&mut slow).await;
        assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    }

    /// While one large upload is being read (the slot is taken), another is answered 503 at once
    /// without its body being read; small requests go on.
    #[tokio::test]
    async fn large_bodies_are_read_a_few_at_a_time() {
        let addr = server().await;
        let mut holder = TcpStream::connect(addr).await.unwrap();
        holder
            .write_all(format!("{}{}", head(500_000), "x".repeat(1000)).as_bytes())
            .await
            .unwrap();
        tokio::time::sleep(Duration::from_millis(100)).await;
        let mut second = TcpStream::connect(addr).await.unwrap();
        second.write_all(head(400_000).as_bytes()).await.unwrap();
        let answer = read_all(&mut second).await;
        assert!(answer.starts_with("HTTP/1.1 503"), "{answer}");
        assert!(answer.to_ascii_lowercase().contains("retry-after: 1"), "{answer}");
        let mut small = TcpStream::connect(addr).await.unwrap();
        small.write_all(format!("{}hello", head(5)).as_bytes()).await.unwrap();
        let answer = read_all(&mut small).await;
        assert!(answer.starts_with("HTTP/1.1 200") && answer.ends_with('5'), "{answer}");
        // A declared length over the limit is refused before a byte of it is read.
        let mut huge = TcpStream::connect(addr).await.unwrap();
        huge.write_all(head(2 << 20).as_bytes()).await.unwrap();
        assert!(read_all(&mut huge).await.starts_with("HTTP/1.1 413"));
    }
}
