//! The share-link codec. A link carries the whole workspace in its
//! fragment (`#w=…`), which browsers never send to a server:
//!
//! ```text
//! plain:      1.<base64url(zlib(compact JSON))>
//! encrypted: e1.<base64url(salt[16] ‖ iv[12] ‖ AES-256-GCM(zlib(JSON)))>
//! ```
//!
//! base64url has no padding. zlib's Adler-32 checksum catches a link
//! damaged in copying; AES-GCM's tag catches a tampered encrypted one. The
//! browser does the encryption (WebCrypto, key from the passphrase by
//! PBKDF2-SHA-256, [`PBKDF2_ITERATIONS`]); this module frames it.
//!
//! Decoding is bounded: at most [`MAX_PAYLOAD_CHARS`] characters are
//! read, and inflating stops at [`MAX_LINK_JSON_BYTES`], so a
//! decompression bomb fails cleanly after bounded work.

use crate::{Workspace, WorkspaceError};
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use base64::Engine;
use std::fmt;

/// Prefix of a plain payload (format 1).
pub const PLAIN_PREFIX: &str = "1.";
/// Prefix of an encrypted payload (format 1).
pub const ENCRYPTED_PREFIX: &str = "e1.";
/// The fragment parameter holding the payload: `#w=1.…`.
pub const FRAGMENT_KEY: &str = "w";
/// Longest payload read: about what browsers keep of a URL (2 MB+).
pub const MAX_PAYLOAD_CHARS: usize = 4 * 1024 * 1024;
/// Most bytes a link inflates to.
pub const MAX_LINK_JSON_BYTES: usize = 32 * 1024 * 1024;
/// Above this many characters a link is unwieldy (chat apps and mail cut
/// or refuse long URLs): offer the workspace file instead.
pub const LINK_SIZE_ADVICE: usize = 50_000;
/// PBKDF2-SHA-256 iterations for the passphrase key (OWASP 2023).
pub const PBKDF2_ITERATIONS: u32 = 600_000;
/// Salt length of an encrypted payload.
pub const SALT_LEN: usize = 16;
/// AES-GCM nonce length.
pub const IV_LEN: usize = 12;
/// AES-GCM tag length (the ciphertext is at least this long).
pub const TAG_LEN: usize = 16;

/// A decoded payload.
#[derive(Clone, Debug, PartialEq)]
pub enum Payload {
    /// The workspace.
    Plain(Workspace),
    /// An encrypted workspace, to be opened with a passphrase.
    Encrypted(Sealed),
}

/// The parts of an encrypted payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sealed {
    /// PBKDF2 salt.
    pub salt: [u8; SALT_LEN],
    /// AES-GCM nonce.
    pub iv: [u8; IV_LEN],
    /// AES-GCM output (ciphertext and tag) of the zlib-compressed JSON.
    pub ciphertext: Vec<u8>,
}

impl Sealed {
    /// `salt ‖ iv ‖ ciphertext`, as framed in a link.
    pub fn to_bytes(&self) -> Vec<u8> {
        [&self.salt[..], &self.iv[..], &self.ciphertext].concat()
    }
}

/// Why a link could not be opened. `Display` is a sentence for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareError {
    /// `#w=` with nothing after it.
    Empty,
    /// A prefix this build does not know (a newer storydiff, or not a
    /// storydiff link).
    UnknownFormat,
    /// Characters a link never has, or cut in the middle of a character.
    NotBase64,
    /// The bytes do not inflate, or their checksum is wrong: cut off or
    /// changed.
    Damaged,
    /// Larger than the limits.
    TooLarge,
    /// It inflates, but not to a workspace.
    Workspace(WorkspaceError),
}

impl fmt::Display for ShareError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShareError::Empty => write!(f, "This share link is empty: it holds no workspace."),
            ShareError::UnknownFormat => write!(
                f,
                "This share link was not made by this version of storydiff. If it came from a newer \
                 one, reload the page to get the newest version."
            ),
            ShareError::NotBase64 | ShareError::Damaged => write!(
                f,
                "This share link is damaged or incomplete (was it cut off when it was copied?). \
                 Ask for the link again, or for the workspace file."
            ),
            ShareError::TooLarge => write!(
                f,
                "This share link holds more than storydiff opens from a link ({} MB). Ask for \
                 the workspace file instead.",
                MAX_LINK_JSON_BYTES >> 20
            ),
            ShareError::Workspace(e) => write!(f, "This share link cannot be opened: {e}"),
        }
    }
}

impl std::error::Error for ShareError {}

/// zlib of the compact JSON: what a link carries (encrypted or not).
pub fn compress(ws: &Workspace) -> Vec<u8> {
    miniz_oxide::deflate::compress_to_vec_zlib(ws.to_compact_json().as_bytes(), 9)
}

/// Inflates and reads a workspace, within [`MAX_LINK_JSON_BYTES`].
pub fn decompress(bytes: &[u8]) -> Result<Workspace, ShareError> {
    let json = miniz_oxide::inflate::decompress_to_vec_zlib_with_limit(bytes, MAX_LINK_JSON_BYTES)
        .map_err(|e| match e.status {
            miniz_oxide::inflate::TINFLStatus::HasMoreOutput => ShareError::TooLarge,
            _ => ShareError::Damaged,
        })?;
    let json = std::str::from_utf8(&json).map_err(|_| ShareError::Damaged)?;
    Workspace::from_json(json).map_err(ShareError::Workspace)
}

/// The payload of a plain link: `"1.eNq…"`.
pub fn encode(ws: &Workspace) -> String {
    format!("{PLAIN_PREFIX}{}", URL_SAFE_NO_PAD.encode(compress(ws)))
}

/// The payload of an encrypted link: `"e1.…"`.
pub fn encode_sealed(sealed: &Sealed) -> String {
    format!("{ENCRYPTED_PREFIX}{}", URL_SAFE_NO_PAD.encode(sealed.to_bytes()))
}

/// A URL fragment (without `#`) holding `payload`: `"w=1.eNq…"`.
pub fn fragment(payload: &str) -> String {
    format!("{FRAGMENT_KEY}={payload}")
}

/// The payload in a URL fragment (`location.hash`, with or without `#`),
/// if it has one: `"#w=1.abc"` → `Some("1.abc")`; `"#top"` → `None`.
pub fn payload_of_fragment(hash: &str) -> Option<&str> {
    let hash = hash.strip_prefix('#').unwrap_or(hash);
    hash.split('&').find_map(|part| part.strip_prefix(FRAGMENT_KEY)?.strip_prefix('='))
}

/// Decodes a payload (see the module doc for the format).
pub fn decode(payload: &str) -> Result<Payload, ShareError> {
    let payload = payload.trim();
    if payload.len() > MAX_PAYLOAD_CHARS {
        return Err(ShareError::TooLarge);
    }
    if payload.is_empty() {
        return Err(ShareError::Empty);
    }
    if let Some(body) = payload.strip_prefix(PLAIN_PREFIX) {
        return decompress(&base64(body)?).map(Payload::Plain);
    }
    if let Some(body) = payload.strip_prefix(ENCRYPTED_PREFIX) {
        let bytes = base64(body)?;
        if bytes.len() < SALT_LEN + IV_LEN + TAG_LEN {
            return Err(ShareError::Damaged);
        }
        let (salt, rest) = bytes.split_at(SALT_LEN);
        let (iv, ciphertext) = rest.split_at(IV_LEN);
        let mut sealed =
            Sealed { salt: [0; SALT_LEN], iv: [0; IV_LEN], ciphertext: ciphertext.to_vec() };
        sealed.salt.copy_from_slice(salt);
        sealed.iv.copy_from_slice(iv);
        return Ok(Payload::Encrypted(sealed));
    }
    Err(ShareError::UnknownFormat)
}

fn base64(body: &str) -> Result<Vec<u8>, ShareError> {
    if body.is_empty() {
        return Err(ShareError::Empty);
    }
    URL_SAFE_NO_PAD.decode(body.as_bytes()).map_err(|_| ShareError::NotBase64)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::WorkspaceVersion;

    fn sample() -> Workspace {
        Workspace::new(vec![
            WorkspaceVersion::new("a.txt", "Six people were hurt on Friday, officials said."),
            WorkspaceVersion::new("<img src=x onerror=alert(1)>", "Seven \u{1F600} people."),
        ])
    }

    #[test]
    fn links_round_trip() {
        let ws = sample();
        let payload = encode(&ws);
        assert!(payload.starts_with("1.eN"), "{payload}");
        assert!(payload[2..].bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'));
        assert_eq!(decode(&payload), Ok(Payload::Plain(ws)));
        let frag = fragment(&payload);
        assert_eq!(payload_of_fragment(&format!("#{frag}")), Some(payload.as_str()));
        assert_eq!(payload_of_fragment("#x=1&w=1.abc"), Some("1.abc"));
        assert_eq!(payload_of_fragment("#top"), None);
        assert_eq!(payload_of_fragment(""), None);
    }

    #[test]
    fn sealed_payloads_are_framed() {
        let sealed = Sealed { salt: [1; 16], iv: [2; 12], ciphertext: vec![3; 40] };
        let payload = encode_sealed(&sealed);
        assert!(payload.starts_with("e1."));
        assert_eq!(decode(&payload), Ok(Payload::Encrypted(sealed)));
        let short = format!("e1.{}", URL_SAFE_NO_PAD.encode([0u8; 43]));
        assert_eq!(decode(&short), Err(ShareError::Damaged));
    }

    #[test]
    fn damaged_links_are_refused() {
        let payload = encode(&sample());
        assert_eq!(decode(""), Err(ShareError::Empty));
        assert_eq!(decode("1."), Err(ShareError::Empty));
        assert_eq!(decode("2.abc"), Err(ShareError::UnknownFormat));
        assert_eq!(decode("1.ab$c"), Err(ShareError::NotBase64));
        assert_eq!(decode("1.abc="), Err(ShareError::NotBase64), "padding is not used");
        // Truncated: at every length, an error, never a panic.
        for end in 2..payload.len() {
            assert!(decode(&payload[..end]).is_err(), "truncated at {end}");
        }
        // Tampered: one character changed in the middle.
        let mut bytes = payload.clone().into_bytes();
        let mid = bytes.len() / 2;
        bytes[mid] = if bytes[mid] == b'A' { b'B' } else { b'A' };
        let tampered = String::from_utf8(bytes).unwrap();
        assert!(matches!(
            decode(&tampered),
            Err(ShareError::Damaged | ShareError::NotBase64 | ShareError::Workspace(_))
        ));
    }

    #[test]
    fn decompression_bombs_stop_at_the_limit() {
        let zeros = vec![b' '; MAX_LINK_JSON_BYTES + 1];
        let bomb = miniz_oxide::deflate::compress_to_vec_zlib(&zeros, 9);
        assert!(bomb.len() < 100_000);
        let payload = format!("1.{}", URL_SAFE_NO_PAD.encode(&bomb));
        assert_eq!(decode(&payload), Err(ShareError::TooLarge));
        assert_eq!(decode(&"A".repeat(MAX_PAYLOAD_CHARS + 1)), Err(ShareError::TooLarge));
    }

    #[test]
    fn valid_zlib_that_is_not_a_workspace_says_so() {
        let payload = |json: &str| {
            format!(
                "1.{}",
                URL_SAFE_NO_PAD
                    .encode(miniz_oxide::deflate::compress_to_vec_zlib(json.as_bytes(), 6))
            )
        };
        assert_eq!(
            decode(&payload("[1,2]")).unwrap_err().to_string(),
            "This share link cannot be opened: it is not a storydiff workspace (it has no \"format_version\")."
        );
        assert!(matches!(
            decode(&payload("\u{0}\u{1}")),
            Err(ShareError::Workspace(WorkspaceError::NotJson(_)))
        ));
    }
}
