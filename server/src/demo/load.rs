//! Synthetic organisations for load tests (`server seed-load N`, used by `make bench`):
//! realistic Persian names, verified, in one transaction.
use app::domain::normalize::fold_for_search;
use app::server::db::organisations::{insert, NewOrganisation};
use app::server::db::{Db, DbError};
use app::server::now_ms;

const FIRST: [&str; 10] = [
    "انجمن",
    "مؤسسه",
    "کانون",
    "جمعیت",
    "خانه",
    "گروه",
    "بنیاد",
    "شبکه",
    "سازمان",
    "تعاونی",
];
const SECOND: [&str; 10] = [
    "حمایت از کودکان",
    "توانمندسازی زنان",
    "سلامت محله",
    "مهارت و اشتغال",
    "محیط زیست",
    "سرپناه",
    "آموزش و کتاب",
    "امداد محلی",
    "سالمندان",
    "جوانان",
];
const PLACE: [&str; 10] = [
    "اسلام‌آباد",
    "حصار",
    "شمس‌آباد",
    "خاک سفید",
    "دره مراد",
    "کوی گلستان",
    "قلعه نو",
    "زورآباد",
    "ده پیاله",
    "شهرک ولیعصر",
];

pub async fn seed_organisations(db: &Db, count: usize) -> Result<(), DbError> {
    let now = now_ms();
    let mut tx = db.write().begin().await?;
    for i in 0..count {
        let name = format!(
            "{} {} {} {}",
            FIRST[i % 10],
            SECOND[(i / 10) % 10],
            PLACE[(i / 100) % 10],
            i
        );
        let registration = format!("{}", 500_000 + i);
        insert(
            &mut tx,
            NewOrganisation {
                kind: "ngo",
                name: &name,
                registration_no: Some(&registration),
                dimensions: "social",
                address: "",
                phone: "",
                email: "",
                website: "",
                description: "",
                status: "verified",
                search_text: &fold_for_search(&format!("{name} {registration}")),
                created_by: None,
                now,
            },
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}
