//! Share links and workspace files. The first byte picks what the rest is:
//!
//! - 0: a URL fragment (`#w=1.…`), as `location.hash` gives it;
//! - 1: the JSON inside a plain link (compressed and base64'd here, so that
//!   mutations reach the JSON reader instead of dying at the checksum);
//! - 2: the zlib bytes of a plain link;
//! - 3: the bytes of an encrypted link (`e1.`): the envelope is parsed
//!   without WebCrypto;
//! - 4: a `.storydiff.json` file;
//! - 5: a workspace built from the bytes (round trip through both forms).
//!
//! Everything: never panics, and whatever opens saves and opens again to
//! the same workspace.
#![no_main]
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use libfuzzer_sys::arbitrary::{Result as ArbResult, Unstructured};
use libfuzzer_sys::fuzz_target;
use storydiff_workspace::share::{self, Payload, Sealed, IV_LEN, SALT_LEN, TAG_LEN};
use storydiff_workspace::{Workspace, WorkspaceVersion};

fuzz_target!(|data: &[u8]| {
    let Some((&mode, rest)) = data.split_first() else { return };
    let text = String::from_utf8_lossy(rest);
    match mode % 6 {
        0 => {
            if let Some(payload) = share::payload_of_fragment(&text) {
                check_payload(payload);
            }
            check_payload(&text);
        }
        1 => {
            let zlib = miniz_oxide::deflate::compress_to_vec_zlib(rest, 1);
            check_payload(&format!("1.{}", URL_SAFE_NO_PAD.encode(zlib)));
        }
        2 => {
            check_payload(&format!("1.{}", URL_SAFE_NO_PAD.encode(rest)));
            if let Ok(ws) = share::decompress(rest) {
                round_trip(&ws);
            }
        }
        3 => {
            let payload = format!("e1.{}", URL_SAFE_NO_PAD.encode(rest));
            match share::decode(&payload) {
                Ok(Payload::Encrypted(sealed)) => {
                    assert_eq!(sealed.to_bytes(), rest);
                    assert_eq!(share::encode_sealed(&sealed), payload);
                }
                Ok(Payload::Plain(_)) => panic!("an e1. payload opened as a plain one"),
                Err(_) => assert!(rest.len() < SALT_LEN + IV_LEN + TAG_LEN),
            }
        }
        4 => {
            if let Ok(ws) = Workspace::from_json(&text) {
                round_trip(&ws);
            }
        }
        _ => {
            if let Ok(ws) = workspace(&mut Unstructured::new(rest)) {
                round_trip(&ws);
            }
        }
    }
});

/// Decodes `payload`; an opened workspace must survive a round trip, a
/// sealed one must frame back to the same bytes.
fn check_payload(payload: &str) {
    match share::decode(payload) {
        Ok(Payload::Plain(ws)) => round_trip(&ws),
        Ok(Payload::Encrypted(sealed)) => {
            let again = share::decode(&share::encode_sealed(&sealed));
            assert_eq!(again, Ok(Payload::Encrypted(sealed)));
        }
        Err(e) => {
            let _ = e.to_string();
        }
    }
}

/// Link and file forms both give `ws` back.
fn round_trip(ws: &Workspace) {
    assert_eq!(ws.validate(), Ok(()));
    let link = share::encode(ws);
    assert_eq!(share::decode(&link), Ok(Payload::Plain(ws.clone())), "link {link}");
    assert_eq!(Workspace::from_json(&ws.to_json()).as_ref(), Ok(ws), "file");
    let sealed = Sealed { salt: [7; SALT_LEN], iv: [9; IV_LEN], ciphertext: share::compress(ws) };
    assert_eq!(share::decode(&share::encode_sealed(&sealed)), Ok(Payload::Encrypted(sealed)));
}

/// A valid workspace from raw bytes (arbitrary Unicode names and texts).
fn workspace(u: &mut Unstructured) -> ArbResult<Workspace> {
    let n = u.int_in_range(0..=6)?;
    let mut versions = Vec::with_capacity(n);
    for _ in 0..n {
        versions.push(WorkspaceVersion::new(u.arbitrary::<String>()?, u.arbitrary::<String>()?));
    }
    let mut ws = Workspace::new(versions);
    if n > 0 {
        if u.arbitrary()? {
            ws.reference = Some(u.choose_index(n)?);
        }
        if u.arbitrary()? {
            ws.settings.pair = Some([u.choose_index(n)?, u.choose_index(n)?]);
        }
    }
    ws.settings.punctuation = u.arbitrary()?;
    ws.dismissed = u.arbitrary()?;
    for _ in 0..u.int_in_range(0..=3)? {
        let key: String = u.arbitrary()?;
        if matches!(key.as_str(), "punctuation" | "pair") {
            continue;
        }
        let value = match u.int_in_range(0..=4)? {
            0 => serde_json::Value::Null,
            1 => serde_json::Value::Bool(u.arbitrary()?),
            2 => serde_json::Value::from(u.arbitrary::<i64>()?),
            3 => serde_json::Value::from(u.arbitrary::<String>()?),
            _ => serde_json::Value::from(u.arbitrary::<f64>()?),
        };
        ws.settings.other.insert(key, value);
    }
    Ok(ws)
}
