//! The TLS settings every client shares: certificates checked against the system's roots
//! (as reqwest does by default) and the user's own authorities (a CA file), with the
//! certificates the user chose to trust for one host each (by their SHA-256); the roots are
//! read on the first https handshake, not when a client is made. Reading and parsing a few hundred certificate files takes
//! milliseconds, which `haul get` of one small file over http, the browser's native host and
//! every start of the window would otherwise pay for nothing.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex, OnceLock, PoisonError};

use sha2::{Digest, Sha256};

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
                CertificateError::Other(other) => match other.0.downcast_ref::<Refused>() {
                    Some(refused) => problem_of(&refused.inner),
                    None => TlsProblem::OtherCertificate,
                },
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

/// What Haul trusts beyond the system's certificate authorities.
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct TlsTrust {
    /// A file of more certificate authorities (PEM), such as a company's own.
    pub ca_file: Option<PathBuf>,
    /// Certificates the user chose to trust, each for one host: (host, SHA-256 in hex).
    pub exceptions: Vec<(String, String)>,
}

/// A certificate refused, with its SHA-256 (so the window can offer to trust it).
#[derive(Debug)]
struct Refused {
    inner: rustls::Error,
    fingerprint: String,
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.inner.fmt(f)
    }
}

impl std::error::Error for Refused {}

/// The SHA-256 (hex) of the certificate a TLS error refused, if it names one.
pub fn fingerprint_of(err: &rustls::Error) -> Option<String> {
    match err {
        rustls::Error::InvalidCertificate(CertificateError::Other(other)) => other
            .0
            .downcast_ref::<Refused>()
            .map(|refused| refused.fingerprint.clone()),
        _ => None,
    }
}

/// A certificate's SHA-256, in lower-case hex.
pub fn fingerprint(certificate: &[u8]) -> String {
    Sha256::digest(certificate)
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// A copy of the TLS configuration for `trust` (made once per process for each).
pub fn client_config(trust: &TlsTrust) -> Result<ClientConfig, rustls::Error> {
    type Made = HashMap<TlsTrust, Result<ClientConfig, rustls::Error>>;
    static CONFIGS: OnceLock<Mutex<Made>> = OnceLock::new();
    let mut configs = CONFIGS
        .get_or_init(Mutex::default)
        .lock()
        .unwrap_or_else(PoisonError::into_inner);
    configs
        .entry(trust.clone())
        .or_insert_with(|| {
            let provider = Arc::new(rustls::crypto::ring::default_provider());
            let roots = SystemRoots::new(provider.clone(), trust.clone());
            let mut config = ClientConfig::builder_with_provider(Arc::clone(&provider))
                .with_safe_default_protocol_versions()?
                .dangerous()
                .with_custom_certificate_verifier(Arc::new(roots))
                .with_no_client_auth();
            // Haul speaks HTTP/1.1 only (one request per connection, ranges per connection).
            config.alpn_protocols = vec![b"http/1.1".to_vec()];
            Ok(config)
        })
        .clone()
}

/// The certificate authorities in the PEM file at `path` (none when it cannot be read: the
/// Settings window says so when the file is chosen).
fn authorities_in(path: &std::path::Path) -> Vec<CertificateDer<'static>> {
    read_authorities(path).unwrap_or_else(|problem| {
        log::warn!("{}: {problem:?}", path.display());
        Vec::new()
    })
}

/// Why a CA file the settings name is not used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CaFileProblem {
    /// It could not be read; what the system said.
    Unreadable(String),
    /// It holds no PEM certificate.
    NoCertificates,
}

/// The certificates of the PEM file at `path`, or why there are none to trust.
pub fn read_authorities(
    path: &std::path::Path,
) -> Result<Vec<CertificateDer<'static>>, CaFileProblem> {
    use rustls::pki_types::pem::PemObject;
    let pem = std::fs::read(path).map_err(|err| CaFileProblem::Unreadable(err.to_string()))?;
    let found: Vec<_> = CertificateDer::pem_slice_iter(&pem)
        .filter_map(Result::ok)
        .map(CertificateDer::into_owned)
        .collect();
    if found.is_empty() {
        return Err(CaFileProblem::NoCertificates);
    }
    Ok(found)
}

/// Verifies certificates against the system's roots (and the user's), read when the first
/// one is checked.
#[derive(Debug)]
struct SystemRoots {
    provider: Arc<CryptoProvider>,
    trust: TlsTrust,
    verifier: OnceLock<Result<Verifier, rustls::Error>>,
}

impl SystemRoots {
    fn new(provider: Arc<CryptoProvider>, trust: TlsTrust) -> Self {
        Self {
            provider,
            trust,
            verifier: OnceLock::new(),
        }
    }

    fn verifier(&self) -> Result<&Verifier, rustls::Error> {
        self.verifier
            .get_or_init(|| {
                let extra = self
                    .trust
                    .ca_file
                    .as_deref()
                    .map(authorities_in)
                    .unwrap_or_default();
                Verifier::new_with_extra_roots(extra, Arc::clone(&self.provider)).map_err(|err| {
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
        let verified = self.verifier().and_then(|verifier| {
            verifier.verify_server_cert(end_entity, intermediates, server_name, ocsp_response, now)
        });
        let err = match verified {
            Ok(verified) => return Ok(verified),
            Err(err @ rustls::Error::InvalidCertificate(_)) => err,
            Err(err) => return Err(err),
        };
        // A certificate the user chose to trust for this very host passes; any other is
        // refused with its fingerprint, so the user can be offered that choice.
        let fingerprint = fingerprint(end_entity.as_ref());
        let host = match server_name {
            ServerName::DnsName(name) => name.as_ref().to_ascii_lowercase(),
            ServerName::IpAddress(ip) => std::net::IpAddr::from(*ip).to_string(),
            _ => String::new(),
        };
        if self
            .trust
            .exceptions
            .iter()
            .any(|(trusted_host, trusted)| *trusted_host == host && *trusted == fingerprint)
        {
            return Ok(ServerCertVerified::assertion());
        }
        Err(rustls::Error::InvalidCertificate(CertificateError::Other(
            OtherError(Arc::new(Refused {
                inner: err,
                fingerprint,
            })),
        )))
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
