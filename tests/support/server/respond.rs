//! How the test server answers one request: the route's faults first, then redirects, error
//! statuses, conditional requests, ranges, and the body (throttled, chunked or cut on demand).

use super::*;

/// Answers one request; returns whether the connection may be reused.
pub(super) fn respond(
    stream: &mut TcpStream,
    shared: &Shared,
    path: &str,
    headers: &HashMap<String, String>,
) -> bool {
    let (route, fault) = {
        let mut routes = shared.routes.lock().expect("routes");
        let Some(route) = routes.get_mut(path) else {
            drop(routes);
            return send_simple(stream, 404, "Not Found", &[]);
        };
        let fault = route.faults.pop_front();
        if let Some(Fault::Replace(body, etag)) = &fault {
            route.body = Arc::clone(body);
            route.etag = Some(etag.clone());
        }
        (route.clone(), fault)
    };
    if let Some((status, location)) = &route.redirect {
        return send_simple(
            stream,
            *status,
            "Redirect",
            &[("Location", location.as_str())],
        );
    }
    if let Some(code) = route.status {
        return send_simple(stream, code, "Status", &[]);
    }
    if let Some(check) = &route.login
        && !check.allows(headers, path)
    {
        let challenge = check.challenge();
        return send_simple(
            stream,
            401,
            "Unauthorized",
            &[("WWW-Authenticate", challenge.as_str())],
        );
    }
    let allowed = route.requires.iter().all(|(name, text)| {
        headers
            .get(name)
            .is_some_and(|value| value.contains(text.as_str()))
    });
    if !allowed {
        return send_simple(stream, 403, "Forbidden", &[]);
    }
    match &fault {
        Some(Fault::Status(code, extra)) => {
            let extra: Vec<(&str, &str)> = extra
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            return send_simple(stream, *code, "Fault", &extra);
        }
        Some(Fault::StallHeaders) => {
            stall(shared);
            return false;
        }
        Some(Fault::Raw(bytes)) => {
            let _ = stream.write_all(bytes);
            return false;
        }
        _ => {}
    }

    if !route.ignores_conditions {
        let unchanged = match (
            headers.get("if-none-match"),
            headers.get("if-modified-since"),
        ) {
            (Some(tag), _) => Some(tag) == route.etag.as_ref(),
            (None, Some(date)) => Some(date) == route.last_modified.as_ref(),
            (None, None) => false,
        };
        if unchanged {
            let mut head = "HTTP/1.1 304 Not Modified\r\n".to_owned();
            if let Some(etag) = &route.etag {
                head.push_str(&format!("ETag: {etag}\r\n"));
            }
            head.push_str("\r\n");
            return stream.write_all(head.as_bytes()).is_ok();
        }
    }
    let len = route.body.len() as u64;
    let mut range = None;
    let honour_range = route.ranges && !matches!(fault, Some(Fault::IgnoreRange));
    if honour_range && let Some(value) = headers.get("range") {
        let if_range_ok = match headers.get("if-range") {
            None => true,
            Some(_) if !route.if_range => true,
            Some(v) => Some(v) == route.etag.as_ref() || Some(v) == route.last_modified.as_ref(),
        };
        if if_range_ok && let Some((start, end)) = parse_range(value, len) {
            if start >= len {
                let content_range = format!("bytes */{len}");
                return send_simple(
                    stream,
                    416,
                    "Range Not Satisfiable",
                    &[("Content-Range", content_range.as_str())],
                );
            }
            range = Some((start, end.min(len - 1)));
        }
    }
    let (status, reason, start, end) = match range {
        Some((start, end)) => (206, "Partial Content", start, end + 1),
        None => (200, "OK", 0, len),
    };
    let mut head = format!("HTTP/1.1 {status} {reason}\r\n");
    let content_start = if matches!(fault, Some(Fault::WrongRangeStart)) && range.is_some() {
        0
    } else {
        start
    };
    if status == 206 {
        head.push_str(&format!(
            "Content-Range: bytes {content_start}-{}/{len}\r\n",
            content_start + (end - start) - 1
        ));
    }
    let chunked = route.chunked || matches!(fault, Some(Fault::CutChunked(_)));
    if chunked {
        head.push_str("Transfer-Encoding: chunked\r\n");
    } else {
        head.push_str(&format!("Content-Length: {}\r\n", end - start));
    }
    if route.ranges {
        head.push_str("Accept-Ranges: bytes\r\n");
    }
    if let Some(etag) = &route.etag {
        head.push_str(&format!("ETag: {etag}\r\n"));
    }
    if let Some(date) = &route.last_modified {
        head.push_str(&format!("Last-Modified: {date}\r\n"));
    }
    if let Some(disposition) = &route.disposition {
        head.push_str(&format!("Content-Disposition: {disposition}\r\n"));
    }
    for (name, value) in &route.headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    if !route
        .headers
        .iter()
        .any(|(name, _)| name.eq_ignore_ascii_case("content-type"))
    {
        head.push_str("Content-Type: application/octet-stream\r\n");
    }
    head.push_str("\r\n");
    if stream.write_all(head.as_bytes()).is_err() {
        return false;
    }
    let body = &route.body[content_start as usize..(content_start + end - start) as usize];
    let limit = match fault {
        Some(Fault::DropAfter(n)) | Some(Fault::StallAfter(n)) | Some(Fault::CutChunked(n)) => {
            (n as usize).min(body.len())
        }
        _ => body.len(),
    };
    let pace = Pace {
        throttle: route.throttle,
        line: route.shared_cap.as_deref(),
    };
    if !send_body(stream, shared, &body[..limit], chunked, &pace) {
        return false;
    }
    match fault {
        Some(Fault::DropAfter(_)) | Some(Fault::CutChunked(_)) => {
            let _ = stream.flush();
            let _ = stream.shutdown(std::net::Shutdown::Both);
            false
        }
        Some(Fault::StallAfter(_)) => {
            stall(shared);
            false
        }
        _ => {
            if chunked && stream.write_all(b"0\r\n\r\n").is_err() {
                return false;
            }
            true
        }
    }
}

/// How fast a body goes: per connection, and on a line shared by the path's answers.
struct Pace<'a> {
    throttle: Option<u64>,
    line: Option<&'a SharedCap>,
}

fn send_body(
    stream: &mut TcpStream,
    shared: &Shared,
    body: &[u8],
    chunked: bool,
    pace: &Pace<'_>,
) -> bool {
    let slowest = [pace.throttle, pace.line.map(|line| line.bytes_per_sec)]
        .into_iter()
        .flatten()
        .min();
    let piece = match slowest {
        Some(rate) => ((rate / 20).clamp(1, 64 * 1024)) as usize,
        None => 64 * 1024,
    };
    let started = Instant::now();
    let mut sent = 0usize;
    for chunk in body.chunks(piece) {
        if shared.stop.load(Ordering::SeqCst) {
            return false;
        }
        if let Some(line) = pace.line
            && let Some(wait) = line
                .book(chunk.len())
                .checked_duration_since(Instant::now())
        {
            thread::sleep(wait);
        }
        let ok = if chunked {
            stream
                .write_all(format!("{:x}\r\n", chunk.len()).as_bytes())
                .and_then(|()| stream.write_all(chunk))
                .and_then(|()| stream.write_all(b"\r\n"))
        } else {
            stream.write_all(chunk)
        };
        if ok.is_err() {
            return false;
        }
        sent += chunk.len();
        shared
            .body_bytes
            .fetch_add(chunk.len() as u64, Ordering::SeqCst);
        if let Some(rate) = pace.throttle {
            let due = Duration::from_secs_f64(sent as f64 / rate as f64);
            if let Some(wait) = due.checked_sub(started.elapsed()) {
                thread::sleep(wait);
            }
        }
    }
    let _ = stream.flush();
    true
}

fn stall(shared: &Shared) {
    let until = Instant::now() + Duration::from_secs(60);
    while Instant::now() < until && !shared.stop.load(Ordering::SeqCst) {
        thread::sleep(Duration::from_millis(20));
    }
}

fn send_simple(stream: &mut TcpStream, code: u16, reason: &str, extra: &[(&str, &str)]) -> bool {
    let body = format!("{code} {reason}\n");
    let mut head = format!(
        "HTTP/1.1 {code} {reason}\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in extra {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body.as_bytes()))
        .is_ok()
}

/// Parses `bytes=N-` or `bytes=N-M` (the only forms Haul sends).
fn parse_range(value: &str, len: u64) -> Option<(u64, u64)> {
    let spec = value.trim().strip_prefix("bytes=")?;
    let (start, end) = spec.split_once('-')?;
    let start: u64 = start.trim().parse().ok()?;
    let end = if end.trim().is_empty() {
        len.saturating_sub(1)
    } else {
        end.trim().parse().ok()?
    };
    (end >= start || start >= len).then_some((start, end))
}
