//! aria2's seeding options over the remote control: `seed-ratio` and `seed-time` (minutes)
//! given to `changeGlobalOption` set how long finished torrents seed from then on. They are
//! also kept, so `getGlobalOption` gives them back as aria2 does.

use serde_json::{Map, Value};

use super::methods::RpcError;
use crate::engine::net::peers::SeedGoal;

/// The seeding goal `changed` asks for, over the options in force (`current`); `None` when
/// neither option was given.
pub fn seed_goal(
    changed: &Map<String, Value>,
    current: &Map<String, Value>,
) -> Result<Option<SeedGoal>, RpcError> {
    let given = |name: &str| changed.get(name).and_then(Value::as_str);
    if given("seed-ratio").is_none() && given("seed-time").is_none() {
        return Ok(None);
    }
    let value = |name: &str| -> Result<Option<f64>, RpcError> {
        let Some(text) = given(name).or_else(|| current.get(name).and_then(Value::as_str)) else {
            return Ok(None);
        };
        let number: f64 = text.trim().parse().map_err(|_| {
            RpcError::failed(format!(
                "The option '{name}' must be a number, not '{text}'."
            ))
        })?;
        if !number.is_finite() || number < 0.0 {
            return Err(RpcError::failed(format!(
                "The option '{name}' must be 0 or more."
            )));
        }
        Ok(Some(number))
    };
    let (ratio, minutes) = (value("seed-ratio")?, value("seed-time")?);
    Ok(Some(SeedGoal::from_aria2(ratio, minutes)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn map(value: Value) -> Map<String, Value> {
        value.as_object().cloned().unwrap_or_default()
    }

    #[test]
    fn seeding_options_read_as_aria2_means_them() {
        let none = Map::new();
        assert_eq!(seed_goal(&none, &none).ok().flatten(), None);
        let time_zero = map(json!({"seed-time": "0"}));
        assert_eq!(
            seed_goal(&time_zero, &none).ok().flatten(),
            Some(SeedGoal::NONE)
        );
        let ratio = map(json!({"seed-ratio": "2.5"}));
        let current = map(json!({"seed-time": "30"}));
        assert_eq!(
            seed_goal(&ratio, &current).ok().flatten(),
            Some(SeedGoal {
                ratio: Some(2.5),
                secs: Some(1800)
            })
        );
        // A ratio of 0 with no time: seeding until stopped, as aria2 does.
        let zero = map(json!({"seed-ratio": "0.0"}));
        assert_eq!(
            seed_goal(&zero, &none).ok().flatten(),
            Some(SeedGoal::FOREVER)
        );
        assert!(seed_goal(&map(json!({"seed-ratio": "-1"})), &none).is_err());
        assert!(seed_goal(&map(json!({"seed-ratio": "lots"})), &none).is_err());
    }
}
