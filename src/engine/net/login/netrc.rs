//! `~/.netrc`, read as curl `-n`, wget and aria2 read it: `machine NAME login USER password
//! PASS`, a `default` entry for any other host, `macdef` blocks skipped. A file others can
//! read is refused (its passwords are then everyone's), as ftp clients refuse it.

use std::path::Path;

use super::credentials::Login;

/// The most of a netrc read (a bigger one is not a netrc).
const MOST_BYTES: u64 = 1024 * 1024;

/// The entries of a netrc.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Netrc {
    machines: Vec<(String, Login)>,
    default: Option<Login>,
}

/// Why a netrc is not used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NetrcProblem {
    /// Others than its owner may read it.
    #[error("{path} can be read by others than its owner; its logins are not used (chmod 600 it)")]
    ReadableByOthers {
        /// The file.
        path: String,
    },
    /// It could not be read.
    #[error("{path} could not be read: {detail}")]
    Unreadable {
        /// The file.
        path: String,
        /// What the system said.
        detail: String,
    },
}

impl Netrc {
    /// The netrc at `path`: `Ok(None)` when there is none.
    pub fn load(path: &Path) -> Result<Option<Self>, NetrcProblem> {
        use std::io::Read;
        use std::os::unix::fs::PermissionsExt;
        let shown = path.display().to_string();
        let unreadable = |err: std::io::Error| NetrcProblem::Unreadable {
            path: shown.clone(),
            detail: err.to_string(),
        };
        let file = match std::fs::File::open(path) {
            Ok(file) => file,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(err) => return Err(unreadable(err)),
        };
        let mode = file.metadata().map_err(unreadable)?.permissions().mode();
        if mode & 0o077 != 0 {
            return Err(NetrcProblem::ReadableByOthers { path: shown });
        }
        let mut text = String::new();
        file.take(MOST_BYTES)
            .read_to_string(&mut text)
            .map_err(unreadable)?;
        Ok(Some(Self::parse(&text)))
    }

    /// The entries `text` holds.
    pub fn parse(text: &str) -> Self {
        let mut netrc = Netrc::default();
        let mut tokens = Tokens::new(text);
        // The entry being read: its machine (`None` for `default`) and what it said so far.
        let mut entry: Option<(Option<String>, String, String)> = None;
        let finish = |netrc: &mut Netrc, entry: Option<(Option<String>, String, String)>| {
            if let Some((machine, user, password)) = entry {
                let login = Login { user, password };
                match machine {
                    Some(name) => netrc.machines.push((name.to_ascii_lowercase(), login)),
                    None if netrc.default.is_none() => netrc.default = Some(login),
                    None => {}
                }
            }
        };
        while let Some(token) = tokens.next() {
            match token.as_str() {
                "machine" => {
                    finish(&mut netrc, entry.take());
                    let name = tokens.next().unwrap_or_default();
                    entry = Some((Some(name), String::new(), String::new()));
                }
                "default" => {
                    finish(&mut netrc, entry.take());
                    entry = Some((None, String::new(), String::new()));
                }
                "login" => {
                    if let (Some((_, user, _)), Some(value)) = (entry.as_mut(), tokens.next()) {
                        *user = value;
                    }
                }
                "password" => {
                    if let (Some((_, _, password)), Some(value)) = (entry.as_mut(), tokens.next()) {
                        *password = value;
                    }
                }
                "account" => {
                    tokens.next();
                }
                "macdef" => {
                    finish(&mut netrc, entry.take());
                    tokens.skip_macro();
                }
                _ => {}
            }
        }
        finish(&mut netrc, entry);
        netrc
    }

    /// The login for `host`: its own entry (the first), else `default`.
    pub fn login_for(&self, host: &str) -> Option<Login> {
        let host = host.to_ascii_lowercase();
        self.machines
            .iter()
            .find(|(name, _)| *name == host)
            .map(|(_, login)| login.clone())
            .or_else(|| self.default.clone())
            .filter(|login| !login.user.is_empty())
    }
}

/// A netrc's words: separated by white space, `"quoted"` with `\` escapes as curl reads them.
struct Tokens<'a> {
    rest: &'a str,
}

impl<'a> Tokens<'a> {
    fn new(text: &'a str) -> Self {
        Self { rest: text }
    }

    fn next(&mut self) -> Option<String> {
        self.rest = self.rest.trim_start();
        if self.rest.is_empty() {
            return None;
        }
        if let Some(quoted) = self.rest.strip_prefix('"') {
            let mut word = String::new();
            let mut chars = quoted.char_indices();
            while let Some((at, c)) = chars.next() {
                match c {
                    '"' => {
                        self.rest = &quoted[at + 1..];
                        return Some(word);
                    }
                    '\\' => {
                        if let Some((_, escaped)) = chars.next() {
                            word.push(escaped);
                        }
                    }
                    c => word.push(c),
                }
            }
            self.rest = "";
            return Some(word);
        }
        let end = self
            .rest
            .find(char::is_whitespace)
            .unwrap_or(self.rest.len());
        let word = self.rest[..end].to_owned();
        self.rest = &self.rest[end..];
        Some(word)
    }

    /// Skips a `macdef` body: up to the first empty line.
    fn skip_macro(&mut self) {
        match self.rest.find("\n\n") {
            Some(at) => self.rest = &self.rest[at + 2..],
            None => self.rest = "",
        }
    }
}
