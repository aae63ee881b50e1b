//! Uploaded files (photos, proposal documents) kept in one folder per kind inside the files
//! directory, each under a random name the database records. A file is written before its
//! record and removed if the record is not saved: no record, no file.
use crate::api::AppError;
use crate::server::db::DbError;
use crate::server::internal;
use std::path::{Path, PathBuf};

/// One kind's folder, e.g. `photos` or `action-photos`.
pub struct Folder {
    dir: PathBuf,
}

impl Folder {
    pub fn new(files_dir: &Path, name: &'static str) -> Self {
        Folder {
            dir: files_dir.join(name),
        }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(key)
    }

    /// Writes the bytes under a new random name and returns it.
    pub async fn keep(&self, bytes: &[u8]) -> Result<String, AppError> {
        let key = format!("{:032x}", rand::random::<u128>());
        tokio::fs::create_dir_all(&self.dir)
            .await
            .map_err(internal)?;
        tokio::fs::write(self.path(&key), bytes)
            .await
            .map_err(internal)?;
        Ok(key)
    }

    /// The outcome of saving the record of a kept file: when the save failed, the file goes.
    pub async fn settle<T>(&self, key: &str, saved: Result<T, DbError>) -> Result<T, AppError> {
        if saved.is_err() {
            self.forget(key).await;
        }
        Ok(saved?)
    }

    /// A kept file's bytes; a missing file reads as not found.
    pub async fn read(&self, key: &str) -> Result<Vec<u8>, AppError> {
        tokio::fs::read(self.path(key))
            .await
            .map_err(|_| AppError::NotFound)
    }

    /// Removes a file whose record is gone; a file already missing is no error.
    pub async fn forget(&self, key: &str) {
        let _ = tokio::fs::remove_file(self.path(key)).await;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_failed_save_leaves_no_file() {
        let root = std::env::temp_dir().join(format!("tavana-files-{}", rand::random::<u64>()));
        let folder = Folder::new(&root, "photos");
        let kept = folder.keep(b"bytes").await.expect("kept");
        assert_eq!(folder.read(&kept).await.expect("read"), b"bytes");
        let saved = folder.settle(&kept, Ok::<_, DbError>(7)).await;
        assert_eq!(saved.expect("saved"), 7);
        assert!(folder.read(&kept).await.is_ok(), "a saved file stays");
        let failed = folder.settle(&kept, Err::<(), _>(DbError::Conflict)).await;
        assert_eq!(failed, Err(AppError::Conflict));
        assert_eq!(folder.read(&kept).await, Err(AppError::NotFound));
        let _ = std::fs::remove_dir_all(root);
    }
}
