//! `/projects`: every project, public (what is being done where, by whom, how far along).
use super::cards;
use crate::api::AppError;
use crate::domain::project_rules::{ProjectStatus, StalledRule};
use crate::model::projects::{ProjectListPage, PROJECTS_PER_PAGE};
use crate::server::db::{projects as store, Db};
use tracing::instrument;

#[instrument(skip_all)]
pub async fn list(
    db: &Db,
    rule: StalledRule,
    status: &str,
    neighbourhood: Option<i64>,
    page: i64,
) -> Result<ProjectListPage, AppError> {
    let status = ProjectStatus::parse(status.trim()).map_or("", |s| s.as_str());
    let page = crate::domain::paging::page_number(page);
    let (rows, total) = store::page(
        db.read(),
        status,
        neighbourhood,
        PROJECTS_PER_PAGE,
        (page - 1) * PROJECTS_PER_PAGE,
    )
    .await?;
    let open = store::open_milestones_of_running(db.read()).await?;
    Ok(ProjectListPage {
        rows: cards(db, rule, rows, &open).await?,
        total,
        page,
        pages: crate::domain::paging::page_count(total, PROJECTS_PER_PAGE),
    })
}
