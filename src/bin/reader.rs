//! The file reader worker (trunk `data-type="worker"`), started by the page
//! the first time someone gives it a file: receives `{id, name, bytes}`
//! (bytes an `ArrayBuffer`, transferred), answers with the JSON of a
//! `storydiff_web::reader::ReadAnswer`, and says when it is ready. The
//! decoders (encoding_rs, chardetng, dom_smoothie, pulldown-cmark) live
//! only in this worker's .wasm. A panic aborts this worker only; the page
//! names the file and starts a new one for the next file.

use storydiff_web::reader::{read, ReadAnswer};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn field(data: &JsValue, key: &str) -> JsValue {
    js_sys::Reflect::get(data, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED)
}

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data();
        let id = field(&data, "id").as_f64().unwrap_or(0.0) as u32;
        let name = field(&data, "name").as_string().unwrap_or_default();
        // Test hooks (the page sends them only when a test asks): a panic
        // and a hang, to prove the page recovers from both.
        match field(&data, "fault").as_string().as_deref() {
            Some("crash") => panic!("storydiff reader: crash requested"),
            Some("hang") => loop {
                std::hint::spin_loop();
            },
            _ => {}
        }
        let bytes = field(&data, "bytes");
        let bytes = match bytes.dyn_into::<js_sys::ArrayBuffer>() {
            Ok(buffer) => js_sys::Uint8Array::new(&buffer).to_vec(),
            Err(_) => Vec::new(),
        };
        let answer = read(id, &name, &bytes);
        let _ = reply.post_message(&JsValue::from_str(&answer));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it: the handler too.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(&ReadAnswer::Ready.to_json()));
}
