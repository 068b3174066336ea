//! HTTPS with rustls (ring provider): `--tls-cert` (PEM chain) and `--tls-key` (PEM private key).
//! [`super::server::serve`] handshakes each accepted connection with this configuration, then
//! serves it as it serves plain HTTP.

use std::{path::Path, sync::Arc};

use eyre::WrapErr;
use tokio_rustls::rustls::{
    ServerConfig,
    crypto::ring::default_provider,
    pki_types::{CertificateDer, PrivateKeyDer, pem::PemObject},
};
/// The rustls server configuration from PEM files.
pub fn server_config(cert: &Path, key: &Path) -> eyre::Result<ServerConfig> {
    let certs: Vec<CertificateDer<'static>> = CertificateDer::pem_file_iter(cert)
        .wrap_err_with(|| format!("reading the TLS certificate {}", cert.display()))?
        .collect::<Result<_, _>>()
        .wrap_err_with(|| format!("parsing the TLS certificate {}", cert.display()))?;
    eyre::ensure!(!certs.is_empty(), "{} holds no certificate", cert.display());
    let key = PrivateKeyDer::from_pem_file(key)
        .wrap_err_with(|| format!("reading the TLS key {}", key.display()))?;
    let mut config = ServerConfig::builder_with_provider(Arc::new(default_provider()))
        .with_safe_default_protocol_versions()?
        .with_no_client_auth()
        .with_single_cert(certs, key)
        .wrap_err("the TLS key does not match the certificate")?;
    config.alpn_protocols = vec![b"http/1.1".to_vec()];
    Ok(config)
}

#[cfg(test)]
mod tests {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};
    use tokio_rustls::{
        TlsConnector,
        rustls::{ClientConfig, RootCertStore, pki_types::ServerName},
    };

    use super::*;
    use crate::api::ApiFlags;
    use axum::Router;

    // A self-signed certificate for `localhost`, valid until 2126 (test only).
    const CERT: &str = include_str!("testdata/localhost.crt");
    const KEY: &str = include_str!("testdata/localhost.key");

    #[tokio::test]
    async fn serves_the_router_over_tls() {
        let dir = tempfile::tempdir().unwrap();
        let (cert, key) = (dir.path().join("c.pem"), dir.path().join("k.pem"));
        std::fs::write(&cert, CERT).unwrap();
        std::fs::write(&key, KEY).unwrap();
        let flags = ApiFlags { tls_cert: Some(cert), tls_key: Some(key), ..ApiFlags::default() };
        let app = Router::new().route("/hello", axum::routing::get(|| async { "hi over tls" }));
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let addr = listener.local_addr().unwrap();
        tokio::spawn(async move {
            super::super::server::serve(listener, app, &flags, std::future::pending()).await
        });

        let mut roots = RootCertStore::empty();
        for c in CertificateDer::pem_slice_iter(CERT.as_bytes()) {
            roots.add(c.unwrap()).unwrap();
        }
        let config = ClientConfig::builder_with_provider(Arc::new(default_provider()))
            .with_safe_default_protocol_versions()
            .unwrap()
            .with_root_certificates(roots)
            .with_no_client_auth();
        let tcp = tokio::net::TcpStream::connect(addr).await.unwrap();
        let mut tls = TlsConnector::from(Arc::new(config))
            .connect(ServerName::try_from("localhost").unwrap(), tcp)
            .await
            .expect("handshake");
        tls.write_all(b"GET /hello HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
            .await
            .unwrap();
        let mut out = String::new();
        tls.read_to_string(&mut out).await.ok();
        assert!(out.starts_with("HTTP/1.1 200"), "{out}");
        assert!(out.ends_with("hi over tls"), "{out}");
    }

    #[test]
    fn a_missing_or_mismatched_key_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let cert = dir.path().join("c.pem");
        std::fs::write(&cert, CERT).unwrap();
        assert!(server_config(&cert, &dir.path().join("none.pem")).is_err());
    }
}
