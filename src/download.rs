//! The one place the page hands a file to the user: a download made from
//! text in memory (exports, workspace files). Nothing is uploaded.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `name`. `Err` says why not.
pub fn download(name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let failed = |_| "The browser refused to make the file.".to_string();
    let window = web_sys::window().ok_or("No browser window.")?;
    let document = window.document().ok_or("No document.")?;
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let parts = js_sys::Array::of1(&JsValue::from_str(contents));
    let blob =
        web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(failed)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(failed)?;
    let link: web_sys::HtmlAnchorElement =
        document.create_element("a").map_err(failed)?.unchecked_into();
    link.set_href(&url);
    link.set_download(name);
    link.set_hidden(true);
    let body = document.body().ok_or("No page body.")?;
    body.append_child(&link).map_err(failed)?;
    link.click();
    link.remove();
    // The download has started from the URL; free it a little later.
    let revoke = Closure::once_into_js(move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
    let _ = window
        .set_timeout_with_callback_and_timeout_and_arguments_0(revoke.unchecked_ref(), 30_000);
    Ok(())
}
