//! HTTPS: not built into this version; `--tls-cert`/`--tls-key` are refused with a clear error
//! (terminate TLS in front of the relayer instead).

use axum::Router;

use super::ApiFlags;

pub(super) async fn serve(
    _listener: tokio::net::TcpListener,
    _app: Router,
    _flags: &ApiFlags,
    _shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> eyre::Result<()> {
    eyre::bail!(
        "--tls-cert/--tls-key: HTTPS is not built into this relayer version; terminate TLS in front of it"
    )
}
