//! The analysis worker (trunk `data-type="worker"`): receives JSON requests,
//! answers with JSON responses, and says when it is ready. All logic is in
//! `storydiff_web::worker`; a panic aborts this worker only, and the page
//! starts a new one.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

fn main() {
    console_error_panic_hook::set_once();
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    let reply = scope.clone();
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let Some(request) = ev.data().as_string() else { return };
        let answer = storydiff_web::worker::handle(&request);
        let _ = reply.post_message(&JsValue::from_str(&answer));
    });
    scope.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the page keeps it: the handler too.
    on_message.forget();
    let _ = scope.post_message(&JsValue::from_str(&storydiff_web::worker::ready()));
}
