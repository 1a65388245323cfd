//! The browser's side of sharing: share links in the URL fragment (never
//! the query: a fragment is not sent to any server), and passphrase
//! encryption with WebCrypto (PBKDF2-SHA-256 → AES-256-GCM). The link
//! format itself lives in `storydiff_workspace::share`; the workspace it
//! carries is made and applied by `state::snapshot` / `state::apply`.

use js_sys::{Array, Object, Reflect, Uint8Array};
use storydiff_workspace::share::{self, Sealed, IV_LEN, PBKDF2_ITERATIONS, SALT_LEN};
use storydiff_workspace::Workspace;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// The page's address with `payload` as its fragment: `…/storydiff/#w=1.…`.
pub fn link_for(payload: &str) -> String {
    let href = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let base = href.split('#').next().unwrap_or_default();
    format!("{base}#{}", share::fragment(payload))
}

/// The share payload in the page's address, if any.
pub fn payload_in_address() -> Option<String> {
    let hash = web_sys::window()?.location().hash().ok()?;
    share::payload_of_fragment(&hash).map(str::to_string)
}

/// Removes the fragment from the address (without reloading), so that a
/// reload shows the user's saved work rather than opening the link again.
pub fn clear_address_fragment() {
    let Some(window) = web_sys::window() else { return };
    let location = window.location();
    let path = format!(
        "{}{}",
        location.pathname().unwrap_or_default(),
        location.search().unwrap_or_default()
    );
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&path));
    }
}

/// Copies `text` to the clipboard.
pub async fn copy_to_clipboard(text: &str) -> Result<(), ()> {
    let clipboard = web_sys::window().ok_or(())?.navigator().clipboard();
    JsFuture::from(clipboard.write_text(text)).await.map(|_| ()).map_err(|_| ())
}

fn object(entries: &[(&str, &JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in entries {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

fn subtle() -> Result<web_sys::SubtleCrypto, JsValue> {
    let window = web_sys::window().ok_or_else(|| JsValue::from_str("no window"))?;
    Ok(window.crypto()?.subtle())
}

/// The AES-GCM key of a passphrase and salt.
async fn derive_key(
    passphrase: &str,
    salt: &[u8],
    usage: &str,
) -> Result<web_sys::CryptoKey, JsValue> {
    let subtle = subtle()?;
    let raw = Uint8Array::from(passphrase.as_bytes());
    let usages = Array::of1(&JsValue::from_str("deriveKey"));
    let pbkdf2 = object(&[("name", &"PBKDF2".into())]);
    let material =
        JsFuture::from(subtle.import_key_with_object("raw", &raw, &pbkdf2, false, &usages)?)
            .await?;
    let params = object(&[
        ("name", &"PBKDF2".into()),
        ("salt", &Uint8Array::from(salt).into()),
        ("iterations", &PBKDF2_ITERATIONS.into()),
        ("hash", &"SHA-256".into()),
    ]);
    let aes = object(&[("name", &"AES-GCM".into()), ("length", &256.into())]);
    let usages = Array::of1(&JsValue::from_str(usage));
    let key = JsFuture::from(subtle.derive_key_with_object_and_object(
        &params,
        material.unchecked_ref(),
        &aes,
        false,
        &usages,
    )?)
    .await?;
    Ok(key.unchecked_into())
}

/// The payload of an encrypted link of `ws`.
pub async fn seal(ws: &Workspace, passphrase: &str) -> Result<String, String> {
    let failed = |_| "The browser could not encrypt the link.".to_string();
    let crypto = web_sys::window().ok_or("No browser window.")?.crypto().map_err(failed)?;
    let mut salt = [0u8; SALT_LEN];
    let mut iv = [0u8; IV_LEN];
    crypto.get_random_values_with_u8_array(&mut salt).map_err(failed)?;
    crypto.get_random_values_with_u8_array(&mut iv).map_err(failed)?;
    let key = derive_key(passphrase, &salt, "encrypt").await.map_err(failed)?;
    let algorithm =
        object(&[("name", &"AES-GCM".into()), ("iv", &Uint8Array::from(&iv[..]).into())]);
    let plain = share::compress(ws);
    let out = JsFuture::from(
        subtle()
            .map_err(failed)?
            .encrypt_with_object_and_u8_array(&algorithm, &key, &plain)
            .map_err(failed)?,
    )
    .await
    .map_err(failed)?;
    let ciphertext = Uint8Array::new(&out).to_vec();
    Ok(share::encode_sealed(&Sealed { salt, iv, ciphertext }))
}

/// Opens an encrypted payload with a passphrase. `Err` is a message for
/// the user.
pub async fn unseal(sealed: &Sealed, passphrase: &str) -> Result<Workspace, String> {
    let wrong =
        |_| "The passphrase is wrong, or the link was changed after it was made.".to_string();
    let key = derive_key(passphrase, &sealed.salt, "decrypt").await.map_err(wrong)?;
    let algorithm =
        object(&[("name", &"AES-GCM".into()), ("iv", &Uint8Array::from(&sealed.iv[..]).into())]);
    let promise = subtle()
        .map_err(wrong)?
        .decrypt_with_object_and_u8_array(&algorithm, &key, &sealed.ciphertext)
        .map_err(wrong)?;
    let plain = JsFuture::from(promise).await.map_err(wrong)?;
    share::decompress(&Uint8Array::new(&plain).to_vec()).map_err(|e| e.to_string())
}
