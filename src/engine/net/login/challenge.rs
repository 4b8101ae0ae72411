//! What a server's 401 asks for (`WWW-Authenticate`), and the answers: Basic (the login in
//! the clear, base64) and Digest (RFC 7616: MD5 or SHA-256, `qop=auth`, session variants),
//! which never sends the password itself.

use std::fmt::Write as _;
use std::sync::atomic::{AtomicU32, Ordering};

use base64::Engine as _;
use md5::Md5;
use sha2::{Digest as _, Sha256};

use super::credentials::Login;

/// One challenge of a `WWW-Authenticate` header.
#[derive(Debug)]
pub enum Challenge {
    /// `Basic realm="..."`.
    Basic {
        /// What the server calls the protected place.
        realm: Option<String>,
    },
    /// `Digest realm="...", nonce="...", ...`.
    Digest(Digest),
    /// A scheme Haul does not answer (Negotiate, NTLM, Bearer, ...).
    Other,
}

/// A Digest challenge, and how many requests answered it so far.
#[derive(Debug)]
pub struct Digest {
    realm: String,
    nonce: String,
    opaque: Option<String>,
    algorithm: Algorithm,
    /// The server offered `qop=auth` (answered with a client nonce and a count).
    qop_auth: bool,
    /// The nonce grew old, not the login wrong: answer again with the same login.
    pub stale: bool,
    count: AtomicU32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Algorithm {
    Md5,
    Md5Sess,
    Sha256,
    Sha256Sess,
}

impl Challenge {
    /// The challenges in `values` (every `WWW-Authenticate` header of a 401).
    pub fn parse_all<'a>(values: impl IntoIterator<Item = &'a str>) -> Vec<Challenge> {
        values.into_iter().flat_map(parse_header).collect()
    }

    /// The realm named, if any.
    pub fn realm(&self) -> Option<&str> {
        match self {
            Challenge::Basic { realm } => realm.as_deref(),
            Challenge::Digest(digest) => Some(&digest.realm),
            Challenge::Other => None,
        }
    }
}

/// `Authorization` for Basic.
pub fn basic(login: &Login) -> String {
    let pair = format!("{}:{}", login.user, login.password);
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(pair)
    )
}

impl Digest {
    /// `Authorization` for a `method` request of `uri` (path and query), with `cnonce` as the
    /// client's nonce.
    pub fn authorization(&self, login: &Login, method: &str, uri: &str, cnonce: &str) -> String {
        let hash = |text: &str| -> String {
            match self.algorithm {
                Algorithm::Md5 | Algorithm::Md5Sess => hex(&Md5::digest(text.as_bytes())),
                Algorithm::Sha256 | Algorithm::Sha256Sess => hex(&Sha256::digest(text.as_bytes())),
            }
        };
        let count = format!("{:08x}", self.count.fetch_add(1, Ordering::Relaxed) + 1);
        let mut ha1 = hash(&format!("{}:{}:{}", login.user, self.realm, login.password));
        if matches!(self.algorithm, Algorithm::Md5Sess | Algorithm::Sha256Sess) {
            ha1 = hash(&format!("{ha1}:{}:{cnonce}", self.nonce));
        }
        let ha2 = hash(&format!("{method}:{uri}"));
        let response = if self.qop_auth {
            hash(&format!("{ha1}:{}:{count}:{cnonce}:auth:{ha2}", self.nonce))
        } else {
            hash(&format!("{ha1}:{}:{ha2}", self.nonce))
        };
        let algorithm = match self.algorithm {
            Algorithm::Md5 => "MD5",
            Algorithm::Md5Sess => "MD5-sess",
            Algorithm::Sha256 => "SHA-256",
            Algorithm::Sha256Sess => "SHA-256-sess",
        };
        let mut header = format!(
            "Digest username=\"{}\", realm=\"{}\", nonce=\"{}\", uri=\"{uri}\", \
             algorithm={algorithm}, response=\"{response}\"",
            quote(&login.user),
            quote(&self.realm),
            quote(&self.nonce)
        );
        if self.qop_auth {
            let _ = write!(header, ", qop=auth, nc={count}, cnonce=\"{cnonce}\"");
        }
        if let Some(opaque) = &self.opaque {
            let _ = write!(header, ", opaque=\"{}\"", quote(opaque));
        }
        header
    }
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().fold(String::new(), |mut text, byte| {
        let _ = write!(text, "{byte:02x}");
        text
    })
}

fn quote(text: &str) -> String {
    text.replace('\\', "\\\\").replace('"', "\\\"")
}

/// A header's words: tokens, quoted strings, `=` and `,`.
#[derive(Debug, PartialEq)]
enum Word {
    Token(String),
    Quoted(String),
    Equals,
    Comma,
}

fn words(text: &str) -> Vec<Word> {
    let mut found = Vec::new();
    let mut chars = text.chars().peekable();
    while let Some(&c) = chars.peek() {
        match c {
            ' ' | '\t' => {
                chars.next();
            }
            '=' => {
                chars.next();
                found.push(Word::Equals);
            }
            ',' => {
                chars.next();
                found.push(Word::Comma);
            }
            '"' => {
                chars.next();
                let mut quoted = String::new();
                while let Some(c) = chars.next() {
                    match c {
                        '"' => break,
                        '\\' => quoted.extend(chars.next()),
                        c => quoted.push(c),
                    }
                }
                found.push(Word::Quoted(quoted));
            }
            _ => {
                let mut token = String::new();
                while let Some(&c) = chars.peek() {
                    if matches!(c, ' ' | '\t' | '=' | ',' | '"') {
                        break;
                    }
                    token.push(c);
                    chars.next();
                }
                found.push(Word::Token(token));
            }
        }
    }
    found
}

/// The challenges of one header value: a scheme, then its `name=value` parameters.
fn parse_header(text: &str) -> Vec<Challenge> {
    let words = words(text);
    let mut challenges: Vec<(String, Vec<(String, String)>)> = Vec::new();
    let mut at = 0;
    while at < words.len() {
        match (&words[at], words.get(at + 1), words.get(at + 2)) {
            (
                Word::Token(name),
                Some(Word::Equals),
                Some(Word::Token(value) | Word::Quoted(value)),
            ) => {
                if let Some((_, params)) = challenges.last_mut() {
                    params.push((name.to_ascii_lowercase(), value.clone()));
                }
                at += 3;
            }
            // A token68 (Basic's `abc==` form) or an empty value: nothing to keep.
            (Word::Token(_), Some(Word::Equals), _) => at += 2,
            (Word::Token(scheme), _, _) => {
                challenges.push((scheme.to_ascii_lowercase(), Vec::new()));
                at += 1;
            }
            _ => at += 1,
        }
    }
    challenges
        .into_iter()
        .map(|(scheme, params)| {
            let get = |name: &str| {
                params
                    .iter()
                    .find(|(key, _)| key == name)
                    .map(|(_, value)| value.clone())
            };
            match scheme.as_str() {
                "basic" => Challenge::Basic {
                    realm: get("realm"),
                },
                "digest" => {
                    let algorithm = match get("algorithm")
                        .unwrap_or_else(|| "MD5".into())
                        .to_ascii_uppercase()
                        .as_str()
                    {
                        "MD5" => Some(Algorithm::Md5),
                        "MD5-SESS" => Some(Algorithm::Md5Sess),
                        "SHA-256" => Some(Algorithm::Sha256),
                        "SHA-256-SESS" => Some(Algorithm::Sha256Sess),
                        _ => None,
                    };
                    match (algorithm, get("nonce")) {
                        (Some(algorithm), Some(nonce)) => Challenge::Digest(Digest {
                            realm: get("realm").unwrap_or_default(),
                            nonce,
                            opaque: get("opaque"),
                            algorithm,
                            qop_auth: get("qop").is_some_and(|qop| {
                                qop.split(',')
                                    .any(|one| one.trim().eq_ignore_ascii_case("auth"))
                            }),
                            stale: get("stale").is_some_and(|s| s.eq_ignore_ascii_case("true")),
                            count: AtomicU32::new(0),
                        }),
                        _ => Challenge::Other,
                    }
                }
                _ => Challenge::Other,
            }
        })
        .collect()
}
