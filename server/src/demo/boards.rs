//! Demo boards: each committee's first working group gets the committee's proposals and
//! projects as cards, tasks in every state (one overdue), assignees and a discussion.
use super::DemoError;
use app::domain::board_rules::TaskText;
use app::server::auth::caller::load_actor;
use app::server::boards::linking::{add_proposal, candidates};
use app::server::boards::moves::{move_card, CardMove};
use app::server::boards::tasks::{assign, comment, create_task};
use app::server::db::boards as store;
use app::server::db::working_groups::{self, Scope};
use app::server::db::{users, Db};

/// (title, description, due day, lane, assign to "chair"/"member"/"").
const TASKS: [(&str, &str, &str, &str, &str); 5] = [
    (
        "تهیه فهرست خانوارهای نیازمند",
        "با کمک شورایاری محله و دفتر تسهیل‌گری.",
        "1405/08/20",
        "doing",
        "member",
    ),
    (
        "هماهنگی جلسه با آموزش و پرورش",
        "",
        "1405/10/05",
        "todo",
        "chair",
    ),
    (
        "بازدید از مکان پیشنهادی کلاس",
        "عکس و گزارش کوتاه برای کمیته.",
        "1405/09/25",
        "todo",
        "",
    ),
    (
        "گزارش نشست قبلی برای دبیرخانه",
        "",
        "1405/08/01",
        "done",
        "chair",
    ),
    ("جمع‌بندی نیازهای محله", "", "", "todo", "member"),
];

pub async fn seed(db: &Db, committees: &[i64]) -> Result<(), DemoError> {
    let who = |name: &'static str| async move {
        let user = users::find_by_username(db.read(), name)
            .await?
            .ok_or(DemoError::Invalid(name))?;
        Ok::<_, DemoError>((user.id, load_actor(db, &user).await?))
    };
    let (_, admin) = who("admin").await?;
    let (chair_id, chair) = who("chair").await?;
    let (member_id, member) = who("member").await?;
    let refused = |_| DemoError::Invalid("board");
    for committee in committees {
        let Some(group) = working_groups::list(db.read(), Scope::Committee(*committee))
            .await?
            .into_iter()
            .min_by_key(|g| g.id)
        else {
            continue;
        };
        for proposal in candidates(db, &admin, group.id).await.map_err(refused)? {
            add_proposal(db, &admin, group.id, proposal.id)
                .await
                .map_err(refused)?;
        }
        for (title, description, due, lane, assignee) in TASKS {
            let text = TaskText {
                title: title.into(),
                description: description.into(),
                due_on: due.into(),
            };
            let card = create_task(db, &admin, group.id, text)
                .await
                .map_err(refused)?;
            let to = match assignee {
                "chair" => vec![chair_id],
                "member" => vec![member_id],
                _ => vec![],
            };
            // The demo's people may sit on other committees only; assign where they can.
            let _ = assign(db, &admin, card, &to).await;
            if lane != "todo" {
                let row = store::card(db.read(), card)
                    .await?
                    .ok_or(DemoError::Invalid("card"))?;
                let m = CardMove {
                    card_id: card,
                    version: row.version,
                    to: lane,
                    reason: "",
                };
                move_card(db, &admin, m).await.map_err(refused)?;
            }
            if lane == "doing" {
                let _ = comment(db, &chair, card, "@member فهرست تا آخر هفته آماده می‌شود؟").await;
                let _ = comment(db, &member, card, "بله، نیمی از آن آماده است.").await;
            }
        }
    }
    Ok(())
}
