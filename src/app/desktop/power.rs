//! The computer's power, through systemd-logind on the system bus
//! (`org.freedesktop.login1.Manager`): suspend, hibernate or power off when downloads are
//! done (asking `CanPowerOff` and friends first, so a refusal is said in words), and a `sleep`
//! inhibitor held while downloads run, so a laptop does not suspend half-way. The inhibitor is
//! a file descriptor: logind lets the computer sleep again once it is closed.

use crate::i18n::t;
use std::sync::Mutex;

use zbus::zvariant::OwnedFd;

/// What the computer is asked to do.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PowerAction {
    /// Suspend to memory.
    Suspend,
    /// Hibernate to disk.
    Hibernate,
    /// Power off.
    PowerOff,
}

impl PowerAction {
    /// The action's key for messages that choose their words by it.
    pub fn key(self) -> &'static str {
        match self {
            Self::Suspend => "suspend",
            Self::Hibernate => "hibernate",
            Self::PowerOff => "power-off",
        }
    }
}

/// Why the computer could not be asked.
#[derive(Debug, thiserror::Error)]
pub enum PowerError {
    /// No system bus, or no logind on it.
    #[error("{}", t!("power-no-logind", detail = .0.to_string()))]
    NoLogind(#[from] zbus::Error),
    /// logind said this user may not (`no`, or `na` where the computer cannot).
    #[error(
        "{}",
        t!("power-not-allowed", action = .action.key(), answer = .answer.as_str())
    )]
    NotAllowed {
        /// What was asked.
        action: PowerAction,
        /// logind's answer.
        answer: String,
    },
}

#[zbus::proxy(
    interface = "org.freedesktop.login1.Manager",
    default_service = "org.freedesktop.login1",
    default_path = "/org/freedesktop/login1"
)]
trait Manager {
    fn can_power_off(&self) -> zbus::Result<String>;
    fn can_suspend(&self) -> zbus::Result<String>;
    fn can_hibernate(&self) -> zbus::Result<String>;
    fn power_off(&self, interactive: bool) -> zbus::Result<()>;
    fn suspend(&self, interactive: bool) -> zbus::Result<()>;
    fn hibernate(&self, interactive: bool) -> zbus::Result<()>;
    fn inhibit(&self, what: &str, who: &str, why: &str, mode: &str) -> zbus::Result<OwnedFd>;
}

/// The system bus (`DBUS_SYSTEM_BUS_ADDRESS` may point elsewhere, as the tests' stand-in).
fn system_bus() -> Result<zbus::blocking::Connection, zbus::Error> {
    zbus::blocking::Connection::system()
}

/// Asks logind on the system bus to `action` the computer.
pub fn power(action: PowerAction) -> Result<(), PowerError> {
    power_on(&system_bus()?, action)
}

/// Asks logind on `bus` to `action` the computer (it may ask the user for a password first).
pub fn power_on(bus: &zbus::blocking::Connection, action: PowerAction) -> Result<(), PowerError> {
    let manager = ManagerProxyBlocking::new(bus)?;
    let answer = match action {
        PowerAction::Suspend => manager.can_suspend()?,
        PowerAction::Hibernate => manager.can_hibernate()?,
        PowerAction::PowerOff => manager.can_power_off()?,
    };
    // "challenge": allowed after the user proves who they are (interactive asks).
    if answer != "yes" && answer != "challenge" {
        return Err(PowerError::NotAllowed { action, answer });
    }
    match action {
        PowerAction::Suspend => manager.suspend(true)?,
        PowerAction::Hibernate => manager.hibernate(true)?,
        PowerAction::PowerOff => manager.power_off(true)?,
    }
    Ok(())
}

/// A `sleep` inhibitor, held or not.
#[derive(Debug, Default)]
pub struct KeepAwake {
    held: Mutex<Option<OwnedFd>>,
}

impl KeepAwake {
    /// Holds an inhibitor from logind on the system bus saying `why` ("Downloading 3
    /// files"), or lets go of it (`None`).
    pub fn set(&self, why: Option<&str>) -> Result<(), PowerError> {
        if why.is_none() {
            // Letting go needs no bus.
            self.held
                .lock()
                .unwrap_or_else(std::sync::PoisonError::into_inner)
                .take();
            return Ok(());
        }
        self.set_on(&system_bus()?, why)
    }

    /// As [`KeepAwake::set`], with logind on `bus`. Holding one already keeps it (logind
    /// cannot change its text).
    pub fn set_on(
        &self,
        bus: &zbus::blocking::Connection,
        why: Option<&str>,
    ) -> Result<(), PowerError> {
        let mut held = self
            .held
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        match why {
            None => {
                // Closing the descriptor is what lets the computer sleep again.
                held.take();
            }
            Some(why) if held.is_none() => {
                let manager = ManagerProxyBlocking::new(bus)?;
                *held = Some(manager.inhibit("sleep", "Haul", why, "block")?);
            }
            Some(_) => {}
        }
        Ok(())
    }

    /// True while an inhibitor is held.
    pub fn is_held(&self) -> bool {
        self.held
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
            .is_some()
    }
}
