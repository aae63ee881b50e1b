//! Supporting documents of a proposal: PDF or images, recognised from their bytes, limited in
//! size and number, kept in the files folder (never under the site root) under a random name,
//! and served only to those who may see the proposal. The proposer attaches and removes them
//! while the proposal is theirs to edit.
use super::{status_of, visible};
use crate::api::AppError;
use crate::domain::permissions::Actor;
use crate::domain::proposal_flow::ProposalStatus;
use crate::domain::text::is_bidi_control;
use crate::domain::validation::FieldIssue;
use crate::server::db::documents::{self as store, DocumentRow, NewDocument};
use crate::server::db::proposals::ProposalRow;
use crate::server::db::{audit, Db, DbError};
use crate::server::now_ms;
use crate::server::stored_files::Folder;
use crate::server::uploads::{recognise, DOCUMENTS};
use serde_json::json;
use std::path::Path;
use tracing::instrument;

pub const DOCUMENT_MAX_BYTES: usize = 5 * 1024 * 1024;
pub const DOCUMENTS_MAX: usize = 5;
const NAME_MAX: usize = 120;

/// The document type of an upload, from its content: PDF, PNG, JPEG or WebP.
pub fn document_type(bytes: &[u8]) -> Result<&'static str, FieldIssue> {
    recognise(
        bytes,
        DOCUMENT_MAX_BYTES,
        DOCUMENTS,
        FieldIssue::NotADocument,
    )
}

/// A file name safe to show and to send back in a header: no folders, no control characters,
/// no bidirectional overrides (`a\u{202E}gnp.pdf` would read as "afdp.png").
fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !is_bidi_control(*c) && !matches!(c, '"' | ';'))
        .take(NAME_MAX)
        .collect();
    if cleaned.trim().is_empty() {
        "document".into()
    } else {
        cleaned.trim().to_string()
    }
}

fn folder(files_dir: &Path) -> Folder {
    Folder::new(files_dir, "proposals")
}

/// The proposal, if the caller may change its documents now.
async fn editable(db: &Db, actor: &Actor, proposal_id: i64) -> Result<ProposalRow, AppError> {
    let row = visible(db, Some(actor), proposal_id).await?;
    let open = matches!(
        status_of(&row),
        ProposalStatus::Draft | ProposalStatus::RevisionRequested
    );
    if !actor.organisations.contains(&row.organisation_id) || !open {
        return Err(AppError::Forbidden);
    }
    Ok(row)
}

/// Whether the caller may attach documents to this proposal now.
pub fn may_attach(actor: &Actor, row: &ProposalRow) -> bool {
    actor.organisations.contains(&row.organisation_id)
        && matches!(
            status_of(row),
            ProposalStatus::Draft | ProposalStatus::RevisionRequested
        )
}

#[instrument(skip_all)]
pub async fn attach(
    db: &Db,
    files_dir: &Path,
    actor: &Actor,
    proposal_id: i64,
    file_name: &str,
    bytes: &[u8],
) -> Result<i64, AppError> {
    editable(db, actor, proposal_id).await?;
    let content_type =
        document_type(bytes).map_err(|issue| AppError::invalid("document", issue))?;
    if store::of_proposal(db.read(), proposal_id).await?.len() >= DOCUMENTS_MAX {
        return Err(AppError::invalid(
            "document",
            FieldIssue::TooManyFiles(DOCUMENTS_MAX as u32),
        ));
    }
    let folder = folder(files_dir);
    let key = folder.keep(bytes).await?;
    let name = clean_name(file_name);
    let now = now_ms();
    let saved = async {
        let mut tx = db.write().begin().await?;
        let id = store::insert(
            &mut tx,
            NewDocument {
                proposal_id,
                file_name: &name,
                content_type,
                size_bytes: bytes.len() as i64,
                storage_key: &key,
                uploaded_by: actor.user_id,
                now,
            },
        )
        .await?;
        let after = json!({ "document": id, "name": name, "type": content_type });
        audit::change(
            &mut tx,
            Some(actor.user_id),
            "proposal.attach",
            "proposal",
            proposal_id,
            after,
            now,
        )
        .await?;
        tx.commit().await?;
        Ok::<_, DbError>(id)
    }
    .await;
    folder.settle(&key, saved).await
}

/// A document's record and bytes, for someone who may see its proposal.
#[instrument(skip_all)]
pub async fn open(
    db: &Db,
    files_dir: &Path,
    actor: Option<&Actor>,
    id: i64,
) -> Result<(DocumentRow, Vec<u8>), AppError> {
    let doc = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    visible(db, actor, doc.proposal_id).await?;
    let bytes = folder(files_dir).read(&doc.storage_key).await?;
    Ok((doc, bytes))
}

/// Removes a document (the proposer, while editing); returns its proposal's id.
#[instrument(skip_all)]
pub async fn remove(db: &Db, files_dir: &Path, actor: &Actor, id: i64) -> Result<i64, AppError> {
    let doc = store::find(db.read(), id)
        .await?
        .ok_or(AppError::NotFound)?;
    editable(db, actor, doc.proposal_id).await?;
    let now = now_ms();
    let mut tx = db.write().begin().await.map_err(DbError::from)?;
    store::delete(&mut tx, id).await?;
    let after = json!({ "removed_document": id, "name": doc.file_name });
    audit::change(
        &mut tx,
        Some(actor.user_id),
        "proposal.detach",
        "proposal",
        doc.proposal_id,
        after,
        now,
    )
    .await?;
    tx.commit().await.map_err(DbError::from)?;
    folder(files_dir).forget(&doc.storage_key).await;
    Ok(doc.proposal_id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn documents_are_recognised_by_content() {
        assert_eq!(document_type(b"%PDF-1.7\n1 0 obj"), Ok("application/pdf"));
        let scan = crate::server::uploads::samples::png(2480, 3508);
        assert_eq!(document_type(&scan), Ok("image/png"));
        assert_eq!(
            document_type(b"MZ\x90\x00 an executable"),
            Err(FieldIssue::NotADocument)
        );
        assert_eq!(
            document_type(b"just text named report.pdf"),
            Err(FieldIssue::NotADocument)
        );
        assert_eq!(document_type(b""), Err(FieldIssue::Required));
        let big = vec![b'%'; DOCUMENT_MAX_BYTES + 1];
        assert!(matches!(
            document_type(&big),
            Err(FieldIssue::FileTooLarge(_))
        ));
    }

    #[test]
    fn names_lose_folders_and_header_breaking_characters() {
        assert_eq!(clean_name("../../etc/passwd"), "passwd");
        assert_eq!(clean_name("C:\\Users\\a\\plan \"v2\";.pdf"), "plan v2.pdf");
        assert_eq!(clean_name("\n"), "document");
        assert_eq!(clean_name("a\u{202E}gnp.pdf"), "agnp.pdf");
    }
}
