//! JSON-RPC over HTTP GET, as aria2 takes it and some web front ends send it (AriaNg's "RPC
//! method: GET"): `/jsonrpc?method=M&id=ID&params=BASE64` for one call, or `?params=BASE64`
//! alone for a batch, `params` being the call's JSON in base64. The callback form (JSONP,
//! `jsoncallback=`) is refused: a script tag sends no Origin, so it would let any web page
//! read answers past the origin check.

use base64::Engine as _;
use serde_json::{Value, json};

/// Why a GET request cannot be read as calls.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum GetError {
    /// `jsoncallback` asked for JSONP.
    #[error("JSONP (jsoncallback) is not served: use POST, GET without a callback, or WebSocket")]
    Jsonp,
    /// No `params`, or `params` that are not base64 of JSON.
    #[error("params must be the call's JSON in base64")]
    BadParams,
}

/// The request body a GET query stands for.
pub fn body_from_query(query: &str) -> Result<Vec<u8>, GetError> {
    let (mut method, mut id, mut params) = (None, None, None);
    for (name, value) in url::form_urlencoded::parse(query.as_bytes()) {
        match name.as_ref() {
            "method" => method = Some(value.into_owned()),
            "id" => id = Some(value.into_owned()),
            "params" => params = Some(value.into_owned()),
            "jsoncallback" => return Err(GetError::Jsonp),
            _ => {}
        }
    }
    let params = match params {
        Some(text) => Some(decode(&text).ok_or(GetError::BadParams)?),
        None => None,
    };
    let body = match method {
        Some(method) => {
            // An id that reads as JSON (a number, a quoted string) is taken as such.
            let id = id.map_or(Value::Null, |id| {
                serde_json::from_str(&id).unwrap_or(Value::String(id))
            });
            let mut call = json!({"jsonrpc": "2.0", "id": id, "method": method});
            if let Some(params) = params {
                call["params"] = params;
            }
            call
        }
        // A batch: the whole of it in `params`.
        None => params.ok_or(GetError::BadParams)?,
    };
    Ok(body.to_string().into_bytes())
}

/// Base64 (standard or URL-safe, padded or not) of JSON.
fn decode(text: &str) -> Option<Value> {
    use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
    let text = text.trim();
    let bytes = [STANDARD, URL_SAFE, STANDARD_NO_PAD, URL_SAFE_NO_PAD]
        .iter()
        .find_map(|engine| engine.decode(text).ok())?;
    serde_json::from_slice(&bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b64(value: &Value) -> String {
        base64::engine::general_purpose::STANDARD.encode(value.to_string())
    }

    #[test]
    fn a_call_and_a_batch_read_from_a_query() {
        let params = b64(&json!(["token:s3cret-token", "ab"]));
        let query = format!(
            "method=aria2.tellStatus&id=7&params={}",
            url::form_urlencoded::byte_serialize(params.as_bytes()).collect::<String>()
        );
        let body: Value =
            serde_json::from_slice(&body_from_query(&query).expect("call")).expect("json");
        assert_eq!(body["method"], "aria2.tellStatus");
        assert_eq!(body["id"], 7);
        assert_eq!(body["params"][1], "ab");

        let batch = json!([{"method": "aria2.getVersion", "id": "a"}]);
        let body = body_from_query(&format!("params={}", b64(&batch))).expect("batch");
        assert_eq!(serde_json::from_slice::<Value>(&body).expect("json"), batch);

        let named = body_from_query("method=system.listMethods&id=x").expect("no params");
        assert_eq!(
            serde_json::from_slice::<Value>(&named).expect("json")["id"],
            "x"
        );
    }

    #[test]
    fn jsonp_and_unreadable_params_are_refused() {
        assert_eq!(
            body_from_query("method=aria2.getVersion&jsoncallback=steal"),
            Err(GetError::Jsonp)
        );
        assert_eq!(
            body_from_query("method=aria2.getVersion&params=%%%"),
            Err(GetError::BadParams)
        );
        assert_eq!(body_from_query(""), Err(GetError::BadParams));
    }
}
