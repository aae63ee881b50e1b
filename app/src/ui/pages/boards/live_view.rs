//! The board's live view in the browser: it listens to the board's channel (server-sent
//! events; the browser reconnects by itself and resumes from the last event it saw), reloads
//! the board's data when something changed, marks the changed card with who changed it, and
//! shows who else is viewing. While someone is typing or has a menu open, the reload waits,
//! so nothing typed is lost and no menu closes under the pointer.
use crate::i18n::*;
use crate::ui::components::board_labels::initials;
use leptos::prelude::*;

#[cfg(feature = "hydrate")]
type Listening = (
    leptos::web_sys::EventSource,
    Vec<leptos::wasm_bindgen::closure::Closure<dyn FnMut(leptos::web_sys::MessageEvent)>>,
    Option<IntervalHandle>,
);
#[cfg(not(feature = "hydrate"))]
type Listening = ();
// Browser handles stay on the browser's one thread; on the server there is nothing to keep,
// and a thread-bound value there would be dropped by whichever worker finishes the stream.
#[cfg(feature = "hydrate")]
type Keeping = LocalStorage;
#[cfg(not(feature = "hydrate"))]
type Keeping = SyncStorage;

/// What the live view knows, for the cards and the header; it lives as long as the page,
/// across the board's reloads.
#[derive(Clone, Copy)]
pub struct LiveStatus {
    pub viewers: RwSignal<Vec<String>>,
    /// The card changed last, and by whom.
    pub changed: RwSignal<Option<(i64, String)>>,
    /// A reload held back while someone types. It belongs to the page, not to the effect that
    /// starts listening: that effect's own values go each time it runs again.
    #[cfg_attr(not(feature = "hydrate"), allow(dead_code))]
    pending: RwSignal<bool>,
    listening: StoredValue<Option<Listening>, Keeping>,
}

/// Provides the page's live status; it starts listening once the board first arrives (from
/// the event it reflects) and stops when the page goes away.
pub fn provide_live_status() -> LiveStatus {
    let status = LiveStatus {
        viewers: RwSignal::new(Vec::new()),
        changed: RwSignal::new(None),
        pending: RwSignal::new(false),
        listening: StoredValue::new_with_storage(None),
    };
    provide_context(status);
    on_cleanup(move || status.stop());
    status
}

impl LiveStatus {
    pub fn start(&self, board: i64, after: i64) {
        if self.listening.with_value(Option::is_none) {
            let listening = listen(*self, board, after);
            self.listening.set_value(listening);
        }
    }

    fn stop(&self) {
        #[cfg(feature = "hydrate")]
        self.listening.update_value(|l| {
            if let Some((source, _, timer)) = l.take() {
                source.close();
                if let Some(timer) = timer {
                    timer.clear();
                }
            }
        });
    }
}

/// Who else is viewing, and the last change, announced politely.
#[component]
pub fn LiveHeader() -> impl IntoView {
    let i18n = use_i18n();
    let status = use_context::<LiveStatus>();
    let viewers = move || status.map(|s| s.viewers.get()).unwrap_or_default();
    let last = move || status.and_then(|s| s.changed.get()).map(|(_, who)| who);
    view! {
        <p class="viewers" hidden=move || viewers().is_empty()>
            <span class="muted">{t!(i18n, boards.viewing)}" "</span>
            {move || viewers().into_iter().map(|name| view! {
                <abbr class="avatar" title=name.clone()>{initials(&name)}</abbr>
            }).collect_view()}
        </p>
        <p class="visually-hidden" aria-live="polite">
            {move || last().map(|who| t_string!(i18n, boards.changed_by, who = who).to_string())}
        </p>
    }
}

/// On the server nobody is typing.
#[cfg(not(feature = "hydrate"))]
pub(crate) fn someone_busy() -> bool {
    false
}

#[cfg(not(feature = "hydrate"))]
fn listen(_status: LiveStatus, _board: i64, _after: i64) -> Option<Listening> {
    None
}

#[cfg(feature = "hydrate")]
fn listen(status: LiveStatus, board: i64, after: i64) -> Option<Listening> {
    use crate::ui::components::refresh::Refresh;
    use leptos::wasm_bindgen::closure::Closure;
    use leptos::wasm_bindgen::JsCast;
    use leptos::web_sys::{EventSource, MessageEvent};
    let Refresh(refresh) = use_context::<Refresh>()?;
    let url = format!("/working-groups/{board}/board/events?after={after}");
    let source = EventSource::new(&url).ok()?;
    let pending = status.pending;
    let reload = move || {
        if someone_busy() {
            pending.set(true);
        } else {
            refresh.update(|n| *n += 1);
        }
    };
    let on_change = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data().as_string().unwrap_or_default();
        let mut parts = data.split('\t');
        let card = parts.next().and_then(|c| c.parse().ok());
        let who = parts.nth(1).unwrap_or_default().to_string();
        if let Some(card) = card {
            status.changed.set(Some((card, who)));
        }
        reload();
    });
    let on_presence = Closure::<dyn FnMut(MessageEvent)>::new(move |ev: MessageEvent| {
        let data = ev.data().as_string().unwrap_or_default();
        let names = data
            .split('\t')
            .filter(|n| !n.is_empty())
            .map(str::to_string)
            .collect();
        status.viewers.set(names);
    });
    let on_reload = Closure::<dyn FnMut(MessageEvent)>::new(move |_: MessageEvent| reload());
    let listeners = vec![on_change, on_presence, on_reload];
    for (name, f) in ["change", "presence", "reload"].iter().zip(&listeners) {
        let _ = source.add_event_listener_with_callback(name, f.as_ref().unchecked_ref());
    }
    // A reload held back while typing happens once the typing stops.
    let timer = set_interval_with_handle(
        move || {
            if pending.get_untracked() && !someone_busy() {
                pending.set(false);
                refresh.update(|n| *n += 1);
            }
        },
        std::time::Duration::from_secs(1),
    )
    .ok();
    // The closures must live as long as the source.
    Some((source, listeners, timer))
}

/// Whether someone is in the middle of something a reload would undo: typing in a field (a
/// reason, a task, a comment), a card's menu left open, or a panel open in the card's dialog.
#[cfg(feature = "hydrate")]
pub(crate) fn someone_busy() -> bool {
    let document = leptos::prelude::document();
    let in_field = document
        .active_element()
        .is_some_and(|el| matches!(el.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT"));
    let menu_open = document
        .query_selector(".move-menu[open], .add-card[open], dialog[open] details[open]")
        .ok()
        .flatten()
        .is_some();
    in_field || menu_open
}
