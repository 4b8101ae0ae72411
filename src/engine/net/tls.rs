//! The TLS settings every client shares: certificates checked against the system's roots
//! (as reqwest does by default), but the roots are read on the first https handshake, not
//! when a client is made. Reading and parsing a few hundred certificate files takes
//! milliseconds, which `haul get` of one small file over http, the browser's native host and
//! every start of the window would otherwise pay for nothing.

use std::sync::{Arc, OnceLock};

use crate::engine::error::TlsProblem;
use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::crypto::{CryptoProvider, verify_tls12_signature, verify_tls13_signature};
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::{CertificateError, ClientConfig, DigitallySignedStruct, OtherError, SignatureScheme};
use rustls_platform_verifier::Verifier;

/// The problem a TLS error stands for.
pub fn problem_of(err: &rustls::Error) -> TlsProblem {
    {
        match err {
            rustls::Error::InvalidCertificate(certificate) => match certificate {
                CertificateError::UnknownIssuer => TlsProblem::UnknownIssuer,
                CertificateError::Expired | CertificateError::ExpiredContext { .. } => {
                    TlsProblem::Expired
                }
                CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                    TlsProblem::NotValidYet
                }
                CertificateError::NotValidForName
                | CertificateError::NotValidForNameContext { .. } => TlsProblem::WrongHost,
                CertificateError::Revoked => TlsProblem::Revoked,
                CertificateError::BadSignature => TlsProblem::BadSignature,
                CertificateError::Other(other) if other.0.is::<NoSystemRoots>() => {
                    TlsProblem::NoTrustedRoots
                }
                _ => TlsProblem::OtherCertificate,
            },
            _ => TlsProblem::Handshake,
        }
    }
}

/// The system's certificate authorities could not be read (none installed, or none usable).
#[derive(Debug)]
struct NoSystemRoots(rustls::Error);

impl std::fmt::Display for NoSystemRoots {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "no trusted certificate authorities: {}", self.0)
    }
}

impl std::error::Error for NoSystemRoots {}

/// A copy of the one TLS configuration (made once per process).
pub fn client_config() -> Result<ClientConfig, rustls::Error> {
    static CONFIG: OnceLock<Result<ClientConfig, rustls::Error>> = OnceLock::new();
    CONFIG
        .get_or_init(|| {
            let provider = Arc::new(rustls::crypto::ring::default_provider());
            let mut config = ClientConfig::builder_with_provider(Arc::clone(&provider))
                .with_safe_default_protocol_versions()?
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(SystemRoots::new(provider)))
                .with_no_client_auth();
            // Haul speaks HTTP/1.1 only (one request per connection, ranges per connection).
            config.alpn_protocols = vec![b"http/1.1".to_vec()];
            Ok(config)
        })
        .clone()
}

/// Verifies certificates against the system's roots, read when the first one is checked.
#[derive(Debug)]
struct SystemRoots {
    provider: Arc<CryptoProvider>,
    verifier: OnceLock<Result<Verifier, rustls::Error>>,
}

impl SystemRoots {
    fn new(provider: Arc<CryptoProvider>) -> Self {
        Self {
            provider,
            verifier: OnceLock::new(),
        }
    }

    fn verifier(&self) -> Result<&Verifier, rustls::Error> {
        self.verifier
            .get_or_init(|| {
                Verifier::new(Arc::clone(&self.provider)).map_err(|err| {
                    // Typed, so the problem is named without reading the library's words.
                    rustls::Error::InvalidCertificate(CertificateError::Other(OtherError(
                        Arc::new(NoSystemRoots(err)),
                    )))
                })
            })
            .as_ref()
            .map_err(Clone::clone)
    }
}

impl ServerCertVerifier for SystemRoots {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, rustls::Error> {
        self.verifier()?.verify_server_cert(
            end_entity,
            intermediates,
            server_name,
            ocsp_response,
            now,
        )
    }

    // Signatures need no roots: checked with the provider's algorithms, as the platform
    // verifier itself does.
    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, rustls::Error> {
        verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn problems_are_named_from_the_typed_errors() {
        let certificate = |e| rustls::Error::InvalidCertificate(e);
        assert_eq!(
            problem_of(&certificate(CertificateError::UnknownIssuer)),
            TlsProblem::UnknownIssuer
        );
        assert_eq!(
            problem_of(&certificate(CertificateError::Expired)),
            TlsProblem::Expired
        );
        assert_eq!(
            problem_of(&certificate(CertificateError::NotValidForName)),
            TlsProblem::WrongHost
        );
        let no_roots = NoSystemRoots(rustls::Error::General("none".into()));
        assert_eq!(
            problem_of(&certificate(CertificateError::Other(OtherError(Arc::new(
                no_roots
            ))))),
            TlsProblem::NoTrustedRoots
        );
        assert_eq!(
            problem_of(&rustls::Error::DecryptError),
            TlsProblem::Handshake
        );
    }
}
