//! Demo meetings of the first committee: two past meetings with attendance, minutes and
//! published decisions (one carried out, one overdue, one open) and one upcoming meeting.
use super::DemoError;
use app::domain::meeting_rules::{DecisionText, MeetingText, Responsible};
use app::server::auth::caller::load_actor;
use app::server::boards::moves::{move_card, CardMove};
use app::server::db::boards::{self as cards, committee_accounts};
use app::server::db::meetings as store;
use app::server::db::working_groups::{self, Scope};
use app::server::db::{users, Db};
use app::server::meetings::{publish, record, schedule};

struct DemoMeeting {
    title: &'static str,
    day: &'static str,
    time: &'static str,
    place: &'static str,
    link: &'static str,
    agenda: &'static [&'static str],
    minutes: &'static str,
    /// (text, "org" / "member" / "chair", due day, carried out)
    decisions: &'static [(&'static str, &'static str, &'static str, bool)],
    publish: bool,
}

const MEETINGS: [DemoMeeting; 3] = [
    DemoMeeting {
        title: "جلسهٔ ماهانهٔ کمیته — مهر ۱۴۰۵",
        day: "1405/07/15",
        time: "10:00",
        place: "فرمانداری، سالن جلسات ۲",
        link: "",
        agenda: &["گزارش پیشنهادهای رسیده", "برنامهٔ بازدید از محله‌ها"],
        minutes: "جلسه با حضور اکثریت اعضا تشکیل شد. پیشنهادهای رسیده مرور و برای بازدید میدانی برنامه‌ریزی شد.",
        decisions: &[
            ("بازدید میدانی از محله و گزارش نیازهای فوری به کمیته", "org", "1405/08/25", false),
            ("تهیهٔ فهرست داوطلبان آموزش", "member", "1405/08/10", true),
        ],
        publish: true,
    },
    DemoMeeting {
        title: "جلسهٔ ماهانهٔ کمیته — آبان ۱۴۰۵",
        day: "1405/08/12",
        time: "16:00",
        place: "",
        link: "https://meet.tavana.example.ir/committee",
        agenda: &["نتیجهٔ بازدیدها", "تأمین فضای کلاس"],
        minutes: "گزارش بازدیدها ارائه شد. مقرر شد پیگیری فضای آموزشی با شهرداری منطقه انجام شود.",
        decisions: &[("پیگیری تأمین فضای کلاس با شهرداری منطقه", "chair", "1405/10/15", false)],
        publish: true,
    },
    DemoMeeting {
        title: "جلسهٔ ماهانهٔ کمیته — آذر ۱۴۰۵",
        day: "1405/09/20",
        time: "10:00",
        place: "فرمانداری، سالن جلسات ۲",
        link: "",
        agenda: &["مرور مصوبات معوق", "پیشنهادهای تازه"],
        minutes: "",
        decisions: &[],
        publish: false,
    },
];

pub async fn seed(db: &Db, committees: &[i64]) -> Result<(), DemoError> {
    let refused = |_| DemoError::Invalid("meeting");
    let Some(committee) = committees.first().copied() else {
        return Ok(());
    };
    let Some(group) = working_groups::list(db.read(), Scope::Committee(committee))
        .await?
        .into_iter()
        .min_by_key(|g| g.id)
    else {
        return Ok(());
    };
    let account = |name: &'static str| async move {
        users::find_by_username(db.read(), name)
            .await?
            .ok_or(DemoError::Invalid(name))
    };
    let admin_user = account("admin").await?;
    let admin = load_actor(db, &admin_user).await?;
    let (chair, member) = (account("chair").await?.id, account("member").await?.id);
    let today = app::server::today_iso();
    let invited = committee_accounts(db.read(), committee, &today).await?;
    let organisation = store::seated_organisations(db.read(), committee, &today)
        .await?
        .first()
        .map(|(id, _)| *id);
    let board_cards = cards::cards(db.read(), group.id).await?;
    for m in &MEETINGS {
        let asked = schedule::Scheduling {
            committee_id: committee,
            working_group_id: group.id,
            id: None,
            version: 0,
            text: MeetingText {
                title: m.title.into(),
                held_on: m.day.into(),
                starts_at: m.time.into(),
                place: m.place.into(),
                online_link: m.link.into(),
                quorum_percent: String::new(),
            },
        };
        let id = schedule::save(db, &admin, asked).await.map_err(refused)?;
        for (i, item) in m.agenda.iter().enumerate() {
            let card = board_cards.get(i).map(|c| c.id);
            record::add_agenda_item(db, &admin, id, item, card)
                .await
                .map_err(refused)?;
        }
        if !m.publish {
            continue;
        }
        // All came but the last invitee, who sent apologies.
        let marks: Vec<String> = invited
            .iter()
            .enumerate()
            .map(|(i, (user, _))| {
                let mark = if i + 1 == invited.len() && i > 0 {
                    "excused"
                } else {
                    "present"
                };
                format!("{user}:{mark}")
            })
            .collect();
        record::record_attendance(db, &admin, id, &marks)
            .await
            .map_err(refused)?;
        let version = store::get(db.read(), id)
            .await?
            .map(|r| r.version)
            .unwrap_or(1);
        record::save_minutes(db, &admin, id, version, m.minutes)
            .await
            .map_err(refused)?;
        for (text, who, due, _) in m.decisions {
            let responsible = match (*who, organisation) {
                ("org", Some(org)) => Responsible::Organisation(org),
                ("member", _) => Responsible::Person(member),
                _ => Responsible::Person(chair),
            };
            let decision = DecisionText {
                text: (*text).into(),
                responsible: responsible.code(),
                due_on: (*due).into(),
            };
            record::add_decision(db, &admin, id, decision)
                .await
                .map_err(refused)?;
        }
        let version = store::get(db.read(), id)
            .await?
            .map(|r| r.version)
            .unwrap_or(1);
        publish::publish(db, &admin, id, version)
            .await
            .map_err(refused)?;
        let made = store::decisions(db.read(), id).await?;
        for ((_, _, _, done), decision) in m.decisions.iter().zip(made) {
            let (true, Some(card)) = (*done, decision.card_id) else {
                continue;
            };
            let version = cards::card(db.read(), card)
                .await?
                .map(|c| c.version)
                .unwrap_or(1);
            let to_done = CardMove {
                card_id: card,
                version,
                to: "done",
                reason: "",
            };
            move_card(db, &admin, to_done).await.map_err(refused)?;
        }
    }
    Ok(())
}
