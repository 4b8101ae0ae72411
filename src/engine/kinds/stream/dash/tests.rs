use super::*;

fn base() -> Url {
    Url::parse("https://cdn.example/show/manifest.mpd").expect("url")
}

#[test]
fn templates_by_number_and_by_time_give_every_segment() {
    let mpd = r#"<?xml version="1.0"?>
<MPD xmlns="urn:mpeg:dash:schema:mpd:2011" type="static" mediaPresentationDuration="PT0H0M9.5S">
  <Period>
    <AdaptationSet contentType="video" mimeType="video/mp4">
      <SegmentTemplate timescale="1000" duration="4000" startNumber="1"
          initialization="init-$RepresentationID$.m4s" media="chunk-$RepresentationID$-$Number%05d$.m4s"/>
      <Representation id="v720" bandwidth="2500000" width="1280" height="720"/>
      <Representation id="v360" bandwidth="800000" width="640" height="360"/>
    </AdaptationSet>
    <AdaptationSet mimeType="audio/mp4">
      <Representation id="a1" bandwidth="128000">
        <BaseURL>audio/</BaseURL>
        <SegmentTemplate timescale="48000" initialization="init.mp4" media="t$Time$.m4s">
          <SegmentTimeline><S t="0" d="96000" r="2"/><S d="48000"/></SegmentTimeline>
        </SegmentTemplate>
      </Representation>
    </AdaptationSet>
  </Period>
</MPD>"#;
    let reps = parse(mpd, &base()).expect("parsed");
    assert_eq!(reps.len(), 3);
    let v720 = &reps[0];
    assert!(v720.video);
    assert_eq!(v720.resolution, Some((1280, 720)));
    assert_eq!(v720.media.segments.len(), 3, "9.5 s in 4 s segments");
    assert_eq!(
        v720.media.segments[2].uri.as_str(),
        "https://cdn.example/show/chunk-v720-00003.m4s"
    );
    assert_eq!(
        v720.media.segments[0].init.as_ref().map(|i| i.uri.as_str()),
        Some("https://cdn.example/show/init-v720.m4s")
    );
    assert!((v720.media.duration() - 9.5).abs() < 1e-9);
    let audio = &reps[2];
    assert!(!audio.video);
    let names: Vec<&str> = audio.media.segments.iter().map(|s| s.uri.path()).collect();
    assert_eq!(
        names,
        [
            "/show/audio/t0.m4s",
            "/show/audio/t96000.m4s",
            "/show/audio/t192000.m4s",
            "/show/audio/t288000.m4s"
        ]
    );
}

#[test]
fn segment_lists_and_segment_base_are_read() {
    let mpd = r#"<MPD type="static" mediaPresentationDuration="PT4S"><Period>
      <AdaptationSet mimeType="video/mp4">
        <Representation id="1" bandwidth="1" width="320" height="180">
          <BaseURL>v.mp4</BaseURL>
          <SegmentList timescale="1" duration="2">
            <Initialization range="0-99"/>
            <SegmentURL mediaRange="100-199"/><SegmentURL mediaRange="200-299"/>
          </SegmentList>
        </Representation>
      </AdaptationSet>
      <AdaptationSet mimeType="audio/mp4">
        <Representation id="2" bandwidth="1"><BaseURL>a.mp4</BaseURL>
          <SegmentBase indexRange="0-500"/></Representation>
      </AdaptationSet></Period></MPD>"#;
    let reps = parse(mpd, &base()).expect("parsed");
    let video = &reps[0].media.segments;
    assert_eq!(video.len(), 2);
    assert_eq!(
        video[1].range,
        Some(ByteRange {
            offset: 200,
            length: 100
        })
    );
    assert_eq!(
        video[0].init.as_ref().and_then(|i| i.range),
        Some(ByteRange {
            offset: 0,
            length: 100
        })
    );
    assert_eq!(video[0].uri.path(), "/show/v.mp4");
    let audio = &reps[1].media.segments;
    assert_eq!(audio.len(), 1);
    assert_eq!(audio[0].uri.path(), "/show/a.mp4");
}

#[test]
fn protected_live_and_broken_manifests_are_refused() {
    let drm = r#"<MPD type="static"><Period><AdaptationSet mimeType="video/mp4">
        <ContentProtection schemeIdUri="urn:uuid:edef8ba9-79d6-4ace-a3c8-27dcd51d21ed"/>
        <Representation id="1" bandwidth="1"/></AdaptationSet></Period></MPD>"#;
    assert!(matches!(
        parse(drm, &base()),
        Err(StreamProblem::Protected { .. })
    ));
    let live = r#"<MPD type="dynamic"><Period/></MPD>"#;
    assert_eq!(parse(live, &base()), Err(StreamProblem::LiveDash));
    assert_eq!(parse("<html>", &base()), Err(StreamProblem::NotAPlaylist));
    assert!(looks_like_mpd(b"<?xml version=\"1.0\"?>\n<MPD "));
}

#[test]
fn iso_durations_and_templates_read_as_players_read_them() {
    assert_eq!(iso_duration("PT1H2M3.5S"), Some(3723.5));
    assert_eq!(iso_duration("P1DT1S"), Some(86_401.0));
    assert_eq!(iso_duration("nonsense"), None);
    let vars = Vars {
        id: "r",
        bandwidth: 5,
    };
    assert_eq!(
        fill(
            "$RepresentationID$/$Number%03d$-$Bandwidth$$$-$Odd$",
            &vars,
            Some(7),
            None
        ),
        "r/007-5$-$Odd$"
    );
}

proptest::proptest! {
    #[test]
    fn any_text_is_read_without_a_panic(text in "<MPD[ -~]{0,300}") {
        let _ = parse(&text, &base());
    }
}
