//! Regression tests for inputs that once broke something, named after what
//! broke (most found by `scripts/fuzz.sh share_link`).

use storydiff_workspace::share::{self, Payload};
use storydiff_workspace::Workspace;

/// Found by the share_link fuzz target: a setting this build does not know
/// holding a float (`1.0715660391465826e-75`) was read one unit in the
/// last place off, so saving the workspace changed it.
#[test]
fn float_settings_are_written_back_unchanged() {
    for number in
        ["1.0715660391465826e-75", "-1.81996730402717e-179", "-1.603964615428183e143", "0.1"]
    {
        let json = format!(r#"{{"format_version":1,"versions":[],"settings":{{"x":{number}}}}}"#);
        let ws = Workspace::from_json(&json).unwrap();
        assert_eq!(ws.settings.other["x"].as_f64(), number.parse::<f64>().ok(), "{number}");
        assert_eq!(Workspace::from_json(&ws.to_json()).as_ref(), Ok(&ws), "{number}");
        assert_eq!(share::decode(&share::encode(&ws)), Ok(Payload::Plain(ws)), "{number}");
    }
}
