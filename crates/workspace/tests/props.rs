//! Property tests of the workspace formats: round trips, and no panic on
//! any input.

use proptest::prelude::*;
use storydiff_workspace::share::{self, Payload};
use storydiff_workspace::{Workspace, WorkspaceVersion};

fn workspace() -> impl Strategy<Value = Workspace> {
    let version = ("\\PC{0,20}", "\\PC{0,300}").prop_map(|(n, t)| WorkspaceVersion::new(n, t));
    (
        prop::collection::vec(version, 0..6),
        any::<bool>(),
        prop::collection::vec("\\PC{0,20}", 0..4),
        any::<u8>(),
    )
        .prop_map(|(versions, punctuation, dismissed, r)| {
            let n = versions.len();
            let mut ws = Workspace::new(versions);
            ws.settings.punctuation = punctuation;
            ws.dismissed = dismissed;
            if n > 0 {
                ws.reference = Some(usize::from(r) % n);
                ws.settings.pair = Some([usize::from(r) % n, 0]);
            }
            ws
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn links_and_files_round_trip(ws in workspace()) {
        prop_assert_eq!(share::decode(&share::encode(&ws)), Ok(Payload::Plain(ws.clone())));
        prop_assert_eq!(Workspace::from_json(&ws.to_json()), Ok(ws));
    }

    #[test]
    fn arbitrary_payloads_never_panic(s in "\\PC{0,200}") {
        let _ = share::decode(&s);
        let _ = share::decode(&format!("1.{s}"));
        let _ = share::decode(&format!("e1.{s}"));
        let _ = share::payload_of_fragment(&s);
        let _ = Workspace::from_json(&s);
    }

    #[test]
    fn arbitrary_bytes_behind_a_valid_prefix_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        use base64::Engine;
        let body = base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(&bytes);
        let _ = share::decode(&format!("1.{body}"));
        let _ = share::decode(&format!("e1.{body}"));
        let _ = share::decompress(&bytes);
    }
}
