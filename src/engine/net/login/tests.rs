use super::*;

#[test]
fn netrc_is_read_as_curl_reads_it() {
    let netrc = Netrc::parse(
        "machine files.example.com login ann password \"s3 cret\"\n\
         macdef init\ncd /pub\n\n\
         machine other.example login bob password pw account x\n\
         default login anonymous password me@home\n",
    );
    let login = netrc.login_for("FILES.example.com").expect("ann");
    assert_eq!(
        (login.user.as_str(), login.password.as_str()),
        ("ann", "s3 cret")
    );
    assert_eq!(
        netrc.login_for("other.example").map(|l| l.user),
        Some("bob".into())
    );
    assert_eq!(
        netrc.login_for("elsewhere").map(|l| l.user),
        Some("anonymous".into())
    );
    assert_eq!(
        Netrc::parse("machine a login u password p").login_for("b"),
        None
    );
}

#[test]
fn a_netrc_others_can_read_is_refused() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join(".netrc");
    std::fs::write(&path, "machine h login u password p\n").expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    assert!(matches!(
        Netrc::load(&path),
        Err(NetrcProblem::ReadableByOthers { .. })
    ));
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let netrc = Netrc::load(&path).expect("read").expect("there");
    assert_eq!(netrc.login_for("h").map(|l| l.password), Some("p".into()));
    assert_eq!(Netrc::load(&dir.path().join("none")), Ok(None));
}

#[test]
fn logins_come_from_the_link_then_the_site_then_netrc() {
    let sites = SiteLogins::default();
    let netrc = Netrc::parse("machine h.example login n password np");
    let link = Url::parse("https://l%40x:lp@h.example/f").expect("url");
    assert_eq!(
        login_for(&link, &sites, Some(&netrc)).map(|l| l.user),
        Some("l@x".into())
    );
    let bare = without_login(&link);
    assert_eq!(bare.as_str(), "https://h.example/f");
    assert_eq!(
        login_for(&bare, &sites, Some(&netrc)).map(|l| l.user),
        Some("n".into())
    );
    sites.set(
        site_of(&bare),
        Some(Login {
            user: "s".into(),
            password: "sp".into(),
        }),
    );
    assert_eq!(
        login_for(&bare, &sites, Some(&netrc)).map(|l| l.user),
        Some("s".into())
    );
    // Another port is another site.
    let other = Url::parse("https://h.example:8443/f").expect("url");
    assert_eq!(login_for(&other, &sites, None), None);
}

#[test]
fn challenges_are_read_and_digest_answered_as_rfc_7616_computes() {
    let challenges = Challenge::parse_all([
        "Basic realm=\"files\"",
        "Digest realm=\"http-auth@example.org\", qop=\"auth, auth-int\", algorithm=MD5, \
         nonce=\"7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v\", \
         opaque=\"FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS\"",
    ]);
    assert_eq!(challenges.len(), 2);
    assert_eq!(challenges[0].realm(), Some("files"));
    let Challenge::Digest(digest) = &challenges[1] else {
        panic!("{challenges:?}");
    };
    let login = Login {
        user: "Mufasa".into(),
        password: "Circle of Life".into(),
    };
    // RFC 7616, section 3.9.1 (MD5).
    let header = digest.authorization(
        &login,
        "GET",
        "/dir/index.html",
        "f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ",
    );
    assert!(
        header.contains("response=\"8ca523f5e9506fed4657c9700eebdbec\""),
        "{header}"
    );
    assert!(header.contains("nc=00000001"), "{header}");
    assert_eq!(
        basic(&Login {
            user: "Aladdin".into(),
            password: "open sesame".into()
        }),
        "Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=="
    );
}
