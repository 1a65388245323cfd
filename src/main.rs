//! The page's entry point: mounts [`storydiff_web::App`] on the body.

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(storydiff_web::App);
}
