//! The network: requests, answers and the bytes that come with them.
//!
//! `http` builds clients and requests and reads what an answer says; `tls` names certificate
//! problems; `hosts` shares connections fairly between downloads of one host and remembers what
//! each server allowed (`learned`); `plan` splits a
//! file into pieces for several connections; `pump` moves body bytes from the network thread
//! to the disk; `limiter` and `meter` cap and measure speed; `retry` decides when to try again;
//! `web_page` recognises a page sent where a file was promised; `scrape` asks a BitTorrent
//! tracker how a torrent stands there.
//!
//! The network knows nothing of rows, files on disk or workers.

pub mod hosts;
pub mod http;
pub mod learned;
pub mod limiter;
pub mod login;
pub mod meter;
pub mod peers;
pub mod plan;
pub mod proxy;
pub mod pump;
pub mod retry;
pub mod scrape;
pub mod tls;
pub mod web_page;
