//! Binary upload and download, streamed in 64 KiB pieces.
//!
//! Files to upload are read on a blocking thread up to a megabyte ahead of the connection, so that
//! reading and sending overlap; `tokio::fs::File` would hand every 64 KiB read to the blocking
//! pool and wait for it (half of curl's throughput).
//!
//! The upload is `multipart/form-data`, which the generator leaves out: it is built here and sent
//! through [`runtime::call`](crate::runtime::call), so it is authenticated and traced
//! like any generated call (a streamed body cannot be replayed: it gets one attempt). Files are
//! checked (present, readable, not empty) before any request. Downloads use the generated call and
//! write as the bytes arrive; to a path, through a temporary file in the same directory that is
//! renamed only once the download is complete.

use std::fmt;
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::pin::Pin;
use std::sync::Arc;

use bytes::Bytes;
use futures::{Stream, StreamExt};
use reqwest::header::{ACCEPT, CONTENT_TYPE};
use reqwest::multipart::{Form, Part};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio_util::io::ReaderStream;

use super::BinaryKey;
use super::{Client, EnvelopeResult, PROVIDER, envelope};
use crate::generated::nhn_deploy::types::{
    ApplicationType, BinaryUploadResponse, BinaryUploadResult, BinaryVersion, ClientOsType,
};
use crate::generated::nhn_deploy::{ClientInfo, ResponseValue};
use crate::runtime::generated::path_segment;
use crate::runtime::send::decode;
use crate::runtime::{Error, ErrorKind, Result, Sent, call};

/// Size of one read from a file or reader, and of one write to a file.
pub const CHUNK_SIZE: usize = 64 * 1024;

/// How many pieces of [`CHUNK_SIZE`] a file being uploaded is read ahead of the connection.
const READ_AHEAD: usize = 16;

/// How far a transfer is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Progress {
    /// Bytes moved so far.
    pub done: u64,
    /// Bytes in all, when known (always for uploads; from `Content-Length` for downloads).
    pub total: Option<u64>,
}

/// A progress callback. Called once at the start and after every piece.
pub type ProgressFn = Arc<dyn Fn(Progress) + Send + Sync>;

type BoxReader = Box<dyn AsyncRead + Send + Unpin>;

enum Source {
    Path(PathBuf),
    Reader {
        reader: BoxReader,
        len: u64,
        file_name: String,
    },
}

/// A binary to upload and its form fields.
///
/// ```no_run
/// # async fn run(client: &deploykit::nhn::Client) -> deploykit::Result<()> {
/// use deploykit::nhn::{BinaryUpload, types::ApplicationType};
/// let upload = BinaryUpload::from_path(ApplicationType::Server, "target/app.jar")
///     .version("1.4.2")
///     .description("release 1.4.2")
///     .on_progress(|p| eprintln!("{} / {:?}", p.done, p.total));
/// let stored = client.upload_binary(7, 3, upload).await?;
/// # Ok(()) }
/// ```
pub struct BinaryUpload {
    application_type: ApplicationType,
    source: Source,
    version: Option<String>,
    description: Option<String>,
    os_type: Option<ClientOsType>,
    fix: Option<bool>,
    meta_file: Option<PathBuf>,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for BinaryUpload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let source = match &self.source {
            Source::Path(p) => format!("file {}", p.display()),
            Source::Reader { len, file_name, .. } => format!("reader {file_name:?} ({len} bytes)"),
        };
        f.debug_struct("BinaryUpload")
            .field("application_type", &self.application_type)
            .field("source", &source)
            .field("version", &self.version)
            .field("description", &self.description)
            .field("os_type", &self.os_type)
            .field("fix", &self.fix)
            .field("meta_file", &self.meta_file)
            .finish_non_exhaustive()
    }
}

impl BinaryUpload {
    fn new(application_type: ApplicationType, source: Source) -> Self {
        Self {
            application_type,
            source,
            version: None,
            description: None,
            os_type: None,
            fix: None,
            meta_file: None,
            progress: None,
        }
    }

    /// Upload the file at `path` (sent under its file name).
    pub fn from_path(application_type: ApplicationType, path: impl Into<PathBuf>) -> Self {
        Self::new(application_type, Source::Path(path.into()))
    }

    /// Upload `len` bytes read from `reader`, sent as a file named `file_name`. The upload fails if
    /// the reader ends before `len` bytes; bytes after `len` are not read.
    pub fn from_reader(
        application_type: ApplicationType,
        reader: impl AsyncRead + Send + Unpin + 'static,
        len: u64,
        file_name: impl Into<String>,
    ) -> Self {
        Self::new(
            application_type,
            Source::Reader {
                reader: Box::new(reader),
                len,
                file_name: file_name.into(),
            },
        )
    }

    /// The binary's version label (at most 100 characters; the service uses a timestamp when
    /// none is given).
    pub fn version(mut self, version: impl Into<String>) -> Self {
        self.version = Some(version.into());
        self
    }

    /// A description of the binary.
    pub fn description(mut self, description: impl Into<String>) -> Self {
        self.description = Some(description.into());
        self
    }

    /// The OS of a client binary (client artifacts only).
    pub fn os_type(mut self, os_type: ClientOsType) -> Self {
        self.os_type = Some(os_type);
        self
    }

    /// Whether a client binary is marked fixed (client artifacts only).
    pub fn fix(mut self, fix: bool) -> Self {
        self.fix = Some(fix);
        self
    }

    /// The plist file that goes with an iOS binary.
    pub fn meta_file(mut self, path: impl Into<PathBuf>) -> Self {
        self.meta_file = Some(path.into());
        self
    }

    /// Report progress (bytes of the binary handed to the connection, and the total).
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    /// The form fields as the service documents them, checked.
    fn fields(&self) -> Result<Vec<(&'static str, String)>> {
        let mut fields = vec![("applicationType", self.application_type.to_string())];
        if let Some(v) = &self.version {
            let v = BinaryVersion::try_from(v.as_str()).map_err(|e| {
                invalid(format!(
                    "binary version {v:?}: {e} (at most 100 characters)"
                ))
            })?;
            fields.push(("version", v.to_string()));
        }
        if let Some(d) = &self.description {
            fields.push(("description", d.clone()));
        }
        let client = self.application_type == ApplicationType::Client;
        if let Some(os) = self.os_type {
            if !client {
                return Err(invalid(
                    "osType only applies to client artifacts (applicationType client)",
                ));
            }
            fields.push(("osType", os.to_string()));
        }
        if let Some(fix) = self.fix {
            if !client {
                return Err(invalid(
                    "fix only applies to client artifacts (applicationType client)",
                ));
            }
            fields.push(("fix", fix.to_string()));
        }
        if self.meta_file.is_some() && self.os_type != Some(ClientOsType::IOs) {
            return Err(invalid(
                "metaFile (the plist) only goes with an iOS client binary (osType iOS)",
            ));
        }
        Ok(fields)
    }
}

fn invalid(message: impl Into<String>) -> Error {
    Error::invalid_input(message).with_provider(PROVIDER)
}

/// Open a file to upload: it must exist, be a regular file, be readable and not be empty.
async fn open_upload_file(path: &Path, what: &str) -> Result<(tokio::fs::File, u64, String)> {
    let unreadable =
        |e: std::io::Error| invalid(format!("cannot read the {what} {}: {e}", path.display()));
    let meta = tokio::fs::metadata(path).await.map_err(unreadable)?;
    if !meta.is_file() {
        return Err(invalid(format!(
            "the {what} {} is not a regular file",
            path.display()
        )));
    }
    if meta.len() == 0 {
        return Err(invalid(format!("the {what} {} is empty", path.display())));
    }
    let mut file = tokio::fs::File::open(path).await.map_err(unreadable)?;
    // Opening can succeed where reading fails (some special files): try one byte, then rewind.
    let mut probe = [0u8; 1];
    file.read_exact(&mut probe).await.map_err(unreadable)?;
    tokio::io::AsyncSeekExt::rewind(&mut file)
        .await
        .map_err(unreadable)?;
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "binary".into());
    Ok((file, meta.len(), name))
}

/// The pieces of a binary to upload, as they are read.
type Pieces = Pin<Box<dyn Stream<Item = std::io::Result<Bytes>> + Send>>;

/// `file` read in pieces of [`CHUNK_SIZE`] on a blocking thread that runs up to [`READ_AHEAD`]
/// pieces ahead of the consumer; each piece goes to the connection as it was read (no copy). The
/// thread ends at the end of the file, after a read error (passed on), or when the consumer is
/// dropped.
fn read_ahead(mut file: std::fs::File) -> Pieces {
    let (tx, rx) = tokio::sync::mpsc::channel::<std::io::Result<Bytes>>(READ_AHEAD);
    tokio::task::spawn_blocking(move || {
        loop {
            // Read into the spare capacity: a file's reads fill it without zeroing it first
            // (`vec![0; n]` spent a fifth of an upload's CPU in memset).
            let mut piece = Vec::with_capacity(CHUNK_SIZE);
            let item = match (&mut file).take(CHUNK_SIZE as u64).read_to_end(&mut piece) {
                Ok(0) => return,
                Ok(_) => Ok(Bytes::from(piece)),
                Err(e) => Err(e),
            };
            let failed = item.is_err();
            if tx.blocking_send(item).is_err() || failed {
                return;
            }
        }
    });
    Box::pin(futures::stream::unfold(rx, |mut rx| async move {
        rx.recv().await.map(|item| (item, rx))
    }))
}

/// A part of exactly `len` bytes from `pieces` (see [`exactly`]).
fn streamed_part(
    pieces: Pieces,
    len: u64,
    file_name: String,
    progress: Option<ProgressFn>,
) -> Result<Part> {
    if let Some(p) = &progress {
        p(Progress {
            done: 0,
            total: Some(len),
        });
    }
    let body = exactly(pieces, len, progress);
    Part::stream_with_length(reqwest::Body::wrap_stream(body), len)
        .file_name(file_name)
        .mime_str("application/octet-stream")
        .map_err(|e| invalid(format!("multipart part: {e}")))
}

/// The first `len` bytes of `pieces`: a piece that goes past `len` is cut there (bytes after
/// `len` are not read), and pieces that end before `len` end with an error. `progress` hears of
/// every piece.
fn exactly(
    pieces: Pieces,
    len: u64,
    progress: Option<ProgressFn>,
) -> impl Stream<Item = std::io::Result<Bytes>> + Send {
    futures::stream::unfold((pieces, 0u64, false), move |(mut pieces, done, ended)| {
        let progress = progress.clone();
        async move {
            if ended || done >= len {
                return None;
            }
            match pieces.next().await {
                Some(Ok(mut chunk)) => {
                    let left = len - done;
                    if chunk.len() as u64 > left {
                        chunk.truncate(left as usize);
                    }
                    let done = done + chunk.len() as u64;
                    if let Some(p) = &progress {
                        p(Progress {
                            done,
                            total: Some(len),
                        });
                    }
                    Some((Ok(chunk), (pieces, done, false)))
                }
                Some(Err(e)) => Some((Err(e), (pieces, done, true))),
                None => {
                    let e = std::io::Error::new(
                        std::io::ErrorKind::UnexpectedEof,
                        format!("the binary ended after {done} of {len} bytes"),
                    );
                    Some((Err(e), (pieces, done, true)))
                }
            }
        }
    })
}

impl Client {
    /// Upload a binary into a binary group, streamed (see [`BinaryUpload`]). Returns the stored
    /// binary's key and download URL.
    ///
    /// A missing, unreadable or empty file, or invalid fields, fail with
    /// [`ErrorKind::InvalidInput`] before any request is made.
    pub async fn upload_binary(
        &self,
        artifact_id: i64,
        binary_group_key: i64,
        upload: BinaryUpload,
    ) -> Result<BinaryUploadResult> {
        let fields = upload.fields()?;
        let (pieces, len, file_name): (Pieces, u64, String) = match upload.source {
            Source::Path(path) => {
                let (file, len, name) = open_upload_file(&path, "binary file").await?;
                (read_ahead(file.into_std().await), len, name)
            }
            Source::Reader {
                reader,
                len,
                file_name,
            } => {
                if len == 0 {
                    return Err(invalid("the binary to upload is empty (length 0)"));
                }
                if file_name.trim().is_empty() {
                    return Err(invalid("the binary to upload needs a file name"));
                }
                let reader = ReaderStream::with_capacity(reader.take(len), CHUNK_SIZE);
                (Box::pin(reader), len, file_name)
            }
        };
        let meta = match &upload.meta_file {
            Some(path) => Some(open_upload_file(path, "metaFile").await?),
            None => None,
        };

        let mut form = Form::new();
        for (name, value) in fields {
            form = form.text(name, value);
        }
        form = form.part(
            "binaryFile",
            streamed_part(pieces, len, file_name, upload.progress)?,
        );
        if let Some((file, len, name)) = meta {
            let file = read_ahead(file.into_std().await);
            form = form.part("metaFile", streamed_part(file, len, name, None)?);
        }

        let url = format!(
            "{}/api/v2.1/projects/{}/artifacts/{}/binary-group/{}",
            self.api().baseurl(),
            path_segment("appKey", self.app_key()?)?,
            artifact_id,
            binary_group_key
        );
        let http = self.api().client();
        let request = http
            .post(url)
            .header(ACCEPT, "application/json")
            .multipart(form)
            .build()
            .map_err(|e| invalid(format!("upload_binary request: {e}")))?;
        let response = call(self.transport(), http, request, "upload_binary").await?;
        decode::<BinaryUploadResponse>(self.transport(), "upload_binary", response)
            .await
            .into_body()
    }

    /// Start downloading a binary: the request is made and its answer checked; the returned
    /// [`BinaryDownload`] then streams the bytes to a file or writer.
    pub async fn download_binary(
        &self,
        artifact_id: i64,
        binary_group_key: i64,
        binary_key: impl Into<BinaryKey>,
    ) -> Result<BinaryDownload> {
        let answer = self
            .api()
            .download_binary()
            .app_key(self.app_key()?)
            .artifact_id(artifact_id)
            .binary_group_key(binary_group_key)
            .binary_key(binary_key.into())
            .send()
            .await?;
        let request_id = self
            .transport()
            .provider()
            .request_id(answer.headers(), &[]);
        BinaryDownload::new(answer, request_id).await
    }
}

type ByteChunks = Pin<Box<dyn Stream<Item = reqwest::Result<Bytes>> + Send + Sync>>;

/// A binary being downloaded: write it with [`to_path`](BinaryDownload::to_path) or
/// [`to_writer`](BinaryDownload::to_writer).
pub struct BinaryDownload {
    chunks: ByteChunks,
    total: Option<u64>,
    done: u64,
    progress: Option<ProgressFn>,
}

impl fmt::Debug for BinaryDownload {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("BinaryDownload")
            .field("total", &self.total)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl BinaryDownload {
    /// Take the answer of `download_binary`. What it is comes from its status (a 2xx, already
    /// checked) and its `Content-Type`, never from its bytes (a binary may itself be JSON or
    /// HTML): the service sends binaries as `application/octet-stream`, so a JSON answer is an
    /// error envelope (whatever the status) and an HTML one a page from something in between.
    async fn new(
        answer: ResponseValue<crate::generated::nhn_deploy::ByteStream>,
        request_id: Option<String>,
    ) -> Result<Self> {
        let total = answer.content_length();
        let content_type = answer
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(|v| {
                v.split(';')
                    .next()
                    .unwrap_or_default()
                    .trim()
                    .to_ascii_lowercase()
            })
            .unwrap_or_default();
        let json = content_type == "application/json" || content_type.ends_with("+json");
        let page = content_type.starts_with("text/html") || content_type.contains("xml");
        let status = answer.status().as_u16();
        let mut download = Self {
            chunks: answer.into_inner_stream(),
            total,
            done: 0,
            progress: None,
        };
        if json || page {
            // Small by nature; keep at most 64 KiB of it to explain.
            const KEPT: usize = 64 << 10;
            let mut body = Vec::new();
            while let Some(chunk) = download.chunks.next().await {
                let chunk = chunk.map_err(|e| interrupted(e, body.len() as u64, total))?;
                let room = KEPT - body.len();
                body.extend_from_slice(&chunk[..chunk.len().min(room)]);
                if body.len() == KEPT {
                    break;
                }
            }
            if let Some(e) = envelope::unsuccessful(&body, status, request_id.clone()) {
                return Err(e);
            }
            return Err(Error::new(
                ErrorKind::InvalidResponse,
                format!(
                    "the download answered {content_type} instead of the binary (application/octet-stream): {}",
                    crate::runtime::error::snippet(&body)
                ),
            )
            .with_provider(PROVIDER)
            .with_operation("download_binary")
            .with_status(status)
            .with_request_id(request_id));
        }
        Ok(download)
    }

    /// Size announced by the service (`Content-Length`), if any.
    pub fn content_length(&self) -> Option<u64> {
        self.total
    }

    /// Report progress while writing.
    pub fn on_progress(mut self, f: impl Fn(Progress) + Send + Sync + 'static) -> Self {
        self.progress = Some(Arc::new(f));
        self
    }

    fn report(&self) {
        if let Some(p) = &self.progress {
            p(Progress {
                done: self.done,
                total: self.total,
            });
        }
    }

    /// The next piece, or `None` at the end (checked against `Content-Length`).
    async fn next_chunk(&mut self) -> Result<Option<Bytes>> {
        match self.chunks.next().await {
            Some(Ok(chunk)) => {
                self.done += chunk.len() as u64;
                self.report();
                Ok(Some(chunk))
            }
            Some(Err(e)) => Err(interrupted(e, self.done, self.total)),
            None => match self.total {
                Some(total) if total != self.done => Err(Error::new(
                    ErrorKind::Transport,
                    format!("the download ended after {} of {total} bytes", self.done),
                )
                .with_provider(PROVIDER)
                .with_sent(Sent::Yes)),
                _ => Ok(None),
            },
        }
    }

    /// Write the binary to `writer`; returns the number of bytes written.
    pub async fn to_writer<W: AsyncWrite + Unpin + ?Sized>(
        mut self,
        writer: &mut W,
    ) -> Result<u64> {
        self.report();
        while let Some(chunk) = self.next_chunk().await? {
            writer
                .write_all(&chunk)
                .await
                .map_err(|e| write_error("the writer", e))?;
        }
        writer
            .flush()
            .await
            .map_err(|e| write_error("the writer", e))?;
        Ok(self.done)
    }

    /// Write the binary to the file `path`; returns the number of bytes written (see
    /// [`check_destination`] to check `path` before the download starts).
    ///
    /// The bytes go to a temporary file next to `path`, which is synced and renamed to `path`
    /// once complete: a failed or cancelled download leaves nothing under `path` (an existing file
    /// there is kept until the rename replaces it).
    pub async fn to_path(mut self, path: impl AsRef<Path>) -> Result<u64> {
        let path = path.as_ref();
        let (dir, name) = check_destination(path)?;
        let (temp, file) = TempFile::create(&dir, &name)?;
        let mut out = std::io::BufWriter::with_capacity(CHUNK_SIZE, file);
        self.report();
        while let Some(chunk) = self.next_chunk().await? {
            out.write_all(&chunk)
                .map_err(|e| write_error(&temp.name(), e))?;
        }
        let file = out
            .into_inner()
            .map_err(|e| write_error(&temp.name(), e.into_error()))?;
        file.sync_all().map_err(|e| write_error(&temp.name(), e))?;
        drop(file);
        temp.persist(path)?;
        Ok(self.done)
    }
}

/// Check that a download can be written to `path` before anything is requested: it names a
/// file (not a folder) in a folder that exists. Returns the folder and the file name.
pub fn check_destination(path: &Path) -> Result<(PathBuf, std::ffi::OsString)> {
    let name = path.file_name().filter(|_| !path.is_dir()).ok_or_else(|| {
        invalid(format!(
            "{} is a folder, not a file to write the download to",
            path.display()
        ))
    })?;
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    if !dir.is_dir() {
        return Err(invalid(format!(
            "cannot write the download to {}: the folder {} does not exist",
            path.display(),
            dir.display()
        )));
    }
    Ok((dir, name.to_os_string()))
}

fn interrupted(e: reqwest::Error, done: u64, total: Option<u64>) -> Error {
    let of = total.map(|t| format!(" of {t}")).unwrap_or_default();
    Error::new(
        ErrorKind::Transport,
        format!("the download broke off after {done}{of} bytes: {e}"),
    )
    .with_provider(PROVIDER)
    .with_sent(Sent::Yes)
    .with_source(e)
}

fn write_error(target: &str, e: std::io::Error) -> Error {
    Error::invalid_input(format!("writing the download to {target} failed: {e}"))
        .with_provider(PROVIDER)
        .with_sent(Sent::Yes)
        .with_source(e)
}

/// A temporary file next to the destination, removed unless persisted.
struct TempFile {
    path: Option<PathBuf>,
}

impl TempFile {
    fn create(dir: &Path, name: &std::ffi::OsStr) -> Result<(Self, std::fs::File)> {
        let path = dir.join(format!(
            ".{}.{}.part",
            name.to_string_lossy(),
            crate::runtime::transport::random_nonce()
        ));
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&path)
            .map_err(|e| write_error(&path.display().to_string(), e))?;
        Ok((Self { path: Some(path) }, file))
    }

    fn name(&self) -> String {
        self.path
            .as_deref()
            .map(|p| p.display().to_string())
            .unwrap_or_default()
    }

    fn persist(mut self, to: &Path) -> Result<()> {
        let Some(from) = self.path.take() else {
            return Ok(());
        };
        std::fs::rename(&from, to).map_err(|e| {
            let _ = std::fs::remove_file(&from);
            write_error(&to.display().to_string(), e)
        })
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        if let Some(path) = self.path.take() {
            let _ = std::fs::remove_file(path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pieces(parts: &[&'static [u8]]) -> Pieces {
        let items: Vec<std::io::Result<Bytes>> =
            parts.iter().map(|p| Ok(Bytes::from_static(p))).collect();
        Box::pin(futures::stream::iter(items))
    }

    async fn collect(s: impl Stream<Item = std::io::Result<Bytes>>) -> (Vec<u8>, Option<String>) {
        let mut out = Vec::new();
        let mut s = std::pin::pin!(s);
        while let Some(item) = s.next().await {
            match item {
                Ok(b) => out.extend_from_slice(&b),
                Err(e) => return (out, Some(e.to_string())),
            }
        }
        (out, None)
    }

    #[tokio::test]
    async fn a_part_is_exactly_its_length() {
        let seen = Arc::new(std::sync::Mutex::new(Vec::new()));
        let log = seen.clone();
        let progress: ProgressFn = Arc::new(move |p: Progress| log.lock().unwrap().push(p.done));
        // A file that grew after its length was taken: the bytes past it are not sent.
        let (bytes, error) = collect(exactly(
            pieces(&[b"0123", b"4567", b"89ab"]),
            6,
            Some(progress),
        ))
        .await;
        assert_eq!((bytes.as_slice(), error), (&b"012345"[..], None));
        assert_eq!(*seen.lock().unwrap(), [4, 6]);
        // Exactly the pieces: nothing more is asked for.
        let (bytes, error) = collect(exactly(pieces(&[b"0123", b"4567"]), 8, None)).await;
        assert_eq!((bytes.as_slice(), error), (&b"01234567"[..], None));
        // Shorter than promised: an error after what there was.
        let (bytes, error) = collect(exactly(pieces(&[b"0123"]), 10, None)).await;
        assert_eq!(bytes, b"0123");
        assert_eq!(
            error.as_deref(),
            Some("the binary ended after 4 of 10 bytes")
        );
    }
}
