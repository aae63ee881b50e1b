//! A page's data is loaded once per URL; a form on the page that changes it (and redirects
//! back to the same URL) bumps this counter so the page loads its data again.
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Refresh(pub RwSignal<u64>);

/// Creates the page's counter; read it in the page's `Resource` source.
pub fn provide_refresh() -> Refresh {
    let refresh = Refresh(RwSignal::new(0));
    provide_context(refresh);
    refresh
}

/// Bumps the page's counter whenever `succeeded` turns true.
pub fn refresh_on_success(succeeded: Signal<bool>) {
    let refresh = use_context::<Refresh>();
    Effect::new(move |_| {
        if succeeded.get() {
            if let Some(Refresh(counter)) = refresh {
                counter.update(|n| *n += 1);
            }
        }
    });
}
