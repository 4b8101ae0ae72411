use super::*;

fn base() -> Url {
    Url::parse("https://cdn.example/show/master.m3u8").expect("url")
}

#[test]
fn a_master_playlist_offers_its_variants_and_audio() {
    let text = "#EXTM3U\n\
        #EXT-X-MEDIA:TYPE=AUDIO,GROUP-ID=\"aud\",NAME=\"English, main\",LANGUAGE=\"en\",DEFAULT=YES,URI=\"audio/en.m3u8\"\n\
        #EXT-X-STREAM-INF:BANDWIDTH=800000,RESOLUTION=640x360,CODECS=\"avc1.4d401e,mp4a.40.2\",AUDIO=\"aud\"\n\
        low/index.m3u8\n\
        #EXT-X-STREAM-INF:BANDWIDTH=2500000,RESOLUTION=1280x720\n\
        https://other.example/hi.m3u8\n";
    let Ok(Playlist::Master(master)) = parse(text, &base()) else {
        panic!("a master playlist");
    };
    assert_eq!(master.variants.len(), 2);
    let low = &master.variants[0];
    assert_eq!(low.uri.as_str(), "https://cdn.example/show/low/index.m3u8");
    assert_eq!(low.bandwidth, 800_000);
    assert_eq!(low.resolution, Some((640, 360)));
    assert_eq!(low.codecs.as_deref(), Some("avc1.4d401e,mp4a.40.2"));
    assert_eq!(low.audio_group.as_deref(), Some("aud"));
    assert_eq!(
        master.variants[1].uri.as_str(),
        "https://other.example/hi.m3u8"
    );
    assert_eq!(master.audio[0].name, "English, main");
    assert!(master.audio[0].default);
    assert_eq!(
        master.audio[0].uri.as_ref().map(Url::as_str),
        Some("https://cdn.example/show/audio/en.m3u8")
    );
}

#[test]
fn a_media_playlist_lists_segments_with_ranges_keys_and_init() {
    let text = "#EXTM3U\n#EXT-X-TARGETDURATION:4\n#EXT-X-MEDIA-SEQUENCE:7\n\
        #EXT-X-MAP:URI=\"init.mp4\",BYTERANGE=\"720@0\"\n\
        #EXT-X-KEY:METHOD=AES-128,URI=\"k.bin\",IV=0x000102030405060708090a0b0c0d0e0f\n\
        #EXTINF:4.0,\n#EXT-X-BYTERANGE:1000@720\nall.mp4\n\
        #EXTINF:3.5,\n#EXT-X-BYTERANGE:500\nall.mp4\n\
        #EXT-X-KEY:METHOD=AES-128,URI=\"k2.bin\"\n\
        #EXTINF:2,\nlast.ts\n#EXT-X-ENDLIST\n";
    let Ok(Playlist::Media(media)) = parse(text, &base()) else {
        panic!("a media playlist");
    };
    assert!(media.ended);
    assert_eq!(media.segments.len(), 3);
    assert!((media.duration() - 9.5).abs() < 1e-9);
    let first = &media.segments[0];
    assert_eq!(
        first.range,
        Some(ByteRange {
            offset: 720,
            length: 1000
        })
    );
    assert_eq!(first.sequence, 7);
    assert_eq!(
        first.iv(),
        Some(*b"\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d\x0e\x0f")
    );
    let init = first.init.as_ref().expect("init");
    assert_eq!(
        init.range,
        Some(ByteRange {
            offset: 0,
            length: 720
        })
    );
    // A range without an offset follows the previous one of the same resource.
    assert_eq!(
        media.segments[1].range,
        Some(ByteRange {
            offset: 1720,
            length: 500
        })
    );
    assert_eq!(
        media.segments[1].range.map(|r| r.header()).as_deref(),
        Some("bytes=1720-2219")
    );
    // Without an IV, the sequence number is the IV.
    assert_eq!(media.segments[2].iv(), Some(9u128.to_be_bytes()));
}

#[test]
fn what_is_not_a_playlist_is_said() {
    assert_eq!(parse("<html>", &base()), Err(PlaylistProblem::NotAPlaylist));
    assert_eq!(
        parse("#EXTM3U\n#EXT-X-ENDLIST\n", &base()),
        Err(PlaylistProblem::Empty)
    );
    assert!(looks_like_playlist(b"\xef\xbb\xbf#EXTM3U\n"));
    let Ok(Playlist::Media(live)) = parse("#EXTM3U\n#EXTINF:2,\na.ts\n", &base()) else {
        panic!("live");
    };
    assert!(!live.ended);
    let sample = "#EXTM3U\n#EXT-X-KEY:METHOD=SAMPLE-AES,URI=\"skd://x\"\n#EXTINF:2,\na.ts\n";
    let Ok(Playlist::Media(drm)) = parse(sample, &base()) else {
        panic!("media");
    };
    assert_eq!(drm.segments[0].key, Key::Other("SAMPLE-AES".into()));
}

proptest::proptest! {
    #[test]
    fn any_text_is_read_without_a_panic(text in "#EXTM3U\n[ -~\n]{0,400}") {
        let _ = parse(&text, &base());
    }
}
