use super::env::EnvProxies;
use super::*;

fn url(text: &str) -> Url {
    Url::parse(text).expect("url")
}

fn env(pairs: &[(&str, &str)]) -> EnvProxies {
    let pairs: Vec<(String, String)> = pairs
        .iter()
        .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
        .collect();
    EnvProxies::from_lookup(move |name| {
        pairs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
    })
}

fn via(text: &str) -> Route {
    Route::Via(ProxyUrl::parse(text).expect("proxy"))
}

#[test]
fn proxy_addresses_are_read_as_people_write_them() {
    assert_eq!(
        ProxyUrl::parse("proxy.lan:3128").expect("bare").shown(),
        "http://proxy.lan:3128"
    );
    let socks = ProxyUrl::parse("socks5h://ann:s3cret@127.0.0.1").expect("socks");
    assert_eq!(socks.url().port(), Some(1080));
    assert_eq!(socks.shown(), "socks5h://127.0.0.1:1080");
    assert_eq!(
        ProxyUrl::parse("socks://h:1")
            .expect("curl socks")
            .url()
            .scheme(),
        "socks4"
    );
    assert_eq!(
        ProxyUrl::parse("ftp://h:21"),
        Err(ProxyProblem::UnsupportedScheme {
            scheme: "ftp".into()
        })
    );
    assert!(matches!(
        ProxyUrl::parse("http://"),
        Err(ProxyProblem::NotAnAddress { .. })
    ));
    assert!(matches!(
        ProxyUrl::parse("a b"),
        Err(ProxyProblem::NotAnAddress { .. })
    ));
}

#[test]
fn the_environment_is_read_as_curl_reads_it() {
    let proxies = env(&[
        ("http_proxy", "http://h:1"),
        ("HTTPS_PROXY", "socks5h://s:2"),
        ("no_proxy", ".lan, 10.0.0.0/8"),
    ]);
    assert_eq!(
        proxies.route(&url("http://example.com/a")),
        via("http://h:1")
    );
    assert_eq!(
        proxies.route(&url("https://example.com/a")),
        via("socks5h://s:2")
    );
    assert_eq!(proxies.route(&url("http://nas.lan/a")), Route::Direct);
    assert_eq!(proxies.route(&url("http://lan/a")), Route::Direct);
    assert_eq!(proxies.route(&url("http://10.1.2.3/a")), Route::Direct);
    assert_eq!(proxies.route(&url("http://11.1.2.3/a")), via("http://h:1"));
    // Upper-case HTTP_PROXY is not read (a web server sets it from a request's header).
    let upper = env(&[("HTTP_PROXY", "http://h:1")]);
    assert!(!upper.names_any());
    assert_eq!(upper.route(&url("http://example.com/")), Route::Direct);
    // all_proxy covers every scheme a more precise variable does not.
    let all = env(&[
        ("all_proxy", "socks5h://s:3"),
        ("https_proxy", "http://h:4"),
    ]);
    assert_eq!(all.route(&url("http://example.com/")), via("socks5h://s:3"));
    assert_eq!(all.route(&url("https://example.com/")), via("http://h:4"));
    // Torrents' peers go through all_proxy when it is SOCKS5 (librqbit speaks no other).
    assert_eq!(all.socks_for_all().as_deref(), Some("socks5h://s:3"));
    assert_eq!(env(&[("all_proxy", "http://h:1")]).socks_for_all(), None);
    assert_eq!(
        env(&[("https_proxy", "socks5://h:1")]).socks_for_all(),
        None
    );
    // A scheme Haul cannot use is said, not skipped.
    let odd = env(&[("all_proxy", "ftp://h:21")]);
    assert_eq!(
        odd.route(&url("http://example.com/")),
        Route::Unusable(ProxyProblem::UnsupportedScheme {
            scheme: "ftp".into()
        })
    );
}

#[test]
fn exceptions_match_domains_addresses_and_networks() {
    let except = Exceptions::parse("example.com *.corp, 192.168.1.0/24 ::1 [fe80::1]");
    assert!(except.matches(&url("http://example.com/")));
    assert!(except.matches(&url("http://www.example.com/")));
    assert!(!except.matches(&url("http://notexample.com/")));
    assert!(except.matches(&url("http://git.corp/")));
    assert!(except.matches(&url("http://192.168.1.77/")));
    assert!(!except.matches(&url("http://192.168.2.77/")));
    assert!(except.matches(&url("http://[::1]:8080/")));
    assert!(except.matches(&url("http://[fe80::1]/")));
    assert!(Exceptions::parse("*").matches(&url("http://anything/")));
    assert!(!Exceptions::parse("").matches(&url("http://anything/")));
    assert_eq!(Exceptions::parse(" a.b ,c ").text(), "a.b, c");
}

#[test]
fn a_manual_proxy_has_exceptions_and_direct_is_direct() {
    let manual = Router::with_env(
        ProxyChoice::Manual {
            proxy: ProxyUrl::parse("http://p:8080").expect("proxy"),
            except: Exceptions::parse("intra.net"),
        },
        env(&[("all_proxy", "socks5://other:1")]),
    );
    assert_eq!(manual.route(&url("https://a.com/")), via("http://p:8080"));
    assert_eq!(manual.route(&url("https://x.intra.net/")), Route::Direct);
    let direct = Router::with_env(ProxyChoice::Direct, env(&[("all_proxy", "socks5://o:1")]));
    assert_eq!(direct.route(&url("https://a.com/")), Route::Direct);
    let system = Router::with_env(ProxyChoice::System, env(&[("all_proxy", "socks5://o:1")]));
    assert_eq!(system.route(&url("https://a.com/")), via("socks5://o:1"));
}

#[test]
fn portal_answers_become_routes() {
    assert_eq!(portal::route_of(Some("direct://")), Route::Direct);
    assert_eq!(portal::route_of(None), Route::Direct);
    assert_eq!(
        portal::route_of(Some("socks://s:1080")),
        via("socks5h://s:1080")
    );
    assert_eq!(
        portal::route_of(Some("http://p:3128")),
        via("http://p:3128")
    );
}

#[test]
fn a_login_given_for_the_desktops_proxy_goes_with_its_requests_only() {
    // A port of its own: the logins given are kept per proxy for the whole run.
    let system = Router::with_env(
        ProxyChoice::System,
        env(&[("https_proxy", "http://desk.example:3901")]),
    );
    let link = Url::parse("https://files.example/a.iso").expect("url");
    let bare = |route: Route| match route {
        Route::Via(proxy) => proxy.url().to_string(),
        other => panic!("{other:?}"),
    };
    assert_eq!(bare(system.route(&link)), "http://desk.example:3901/");
    given_logins::give(
        "http://desk.example:3901",
        Some(crate::engine::net::login::Login {
            user: "dee".into(),
            password: "pw".into(),
        }),
    );
    assert_eq!(
        bare(system.route(&link)),
        "http://dee:pw@desk.example:3901/"
    );
    // A proxy with a login of its own keeps it; another proxy gets none.
    let own = Router::with_env(
        ProxyChoice::System,
        env(&[("https_proxy", "http://me:mine@desk.example:3901")]),
    );
    assert_eq!(bare(own.route(&link)), "http://me:mine@desk.example:3901/");
    let other = Router::with_env(
        ProxyChoice::System,
        env(&[("https_proxy", "http://desk.example:3902")]),
    );
    assert_eq!(bare(other.route(&link)), "http://desk.example:3902/");
    given_logins::give("http://desk.example:3901", None);
    assert_eq!(bare(system.route(&link)), "http://desk.example:3901/");
}
