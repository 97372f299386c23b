//! The `{header, body}` envelope of every Deploy answer.
//!
//! `header.isSuccessful: false` is a failure whatever the HTTP status, 200 included; it becomes an
//! [`Error`] with the provider's `resultCode` as its code and `resultMessage` as its message.
//! Otherwise callers get the `body`.

use bytes::Bytes;
use progenitor_client::ResponseValue;

use super::PROVIDER;
use crate::generated::nhn_deploy::types::{
    ArtifactListResponse, BinaryGroupListResponse, BinaryListResponse, BinaryUploadResponse,
    DeployHistoryListResponse, DeployResponse, ErrorEnvelope, ResponseHeader,
    ServerGroupListResponse,
};
use crate::runtime::error::request_id_from_headers;
use crate::runtime::{Error, ErrorKind, ProviderErrorBody, Result};

/// A generated response type that is a Deploy envelope.
pub trait Envelope: Sized {
    /// The type of `body`.
    type Body;
    /// Split into header and body.
    fn into_parts(self) -> (ResponseHeader, Self::Body);
}

macro_rules! envelopes {
    ($($envelope:ident => $body:ty),* $(,)?) => {$(
        impl Envelope for $envelope {
            type Body = $body;
            fn into_parts(self) -> (ResponseHeader, $body) {
                (self.header, self.body)
            }
        }
    )*};
}

envelopes! {
    ArtifactListResponse => crate::generated::nhn_deploy::types::ArtifactList,
    ServerGroupListResponse => crate::generated::nhn_deploy::types::ServerGroupList,
    BinaryGroupListResponse => crate::generated::nhn_deploy::types::BinaryGroupList,
    DeployHistoryListResponse => crate::generated::nhn_deploy::types::DeployHistoryList,
    BinaryListResponse => crate::generated::nhn_deploy::types::BinaryList,
    DeployResponse => crate::generated::nhn_deploy::types::DeployResponseBody,
    BinaryUploadResponse => crate::generated::nhn_deploy::types::BinaryUploadResult,
}

/// The error body of every documented Deploy error status.
impl ProviderErrorBody for ErrorEnvelope {
    const PROVIDER: &'static str = PROVIDER;
    fn code(&self) -> Option<String> {
        Some(self.header.result_code.to_string())
    }
    fn message(&self) -> Option<String> {
        Some(self.header.result_message.clone())
    }
}

/// The answer of a generated call, reduced to its `body`.
///
/// ```no_run
/// # async fn run(client: &deploykit::nhn::Client) -> deploykit::Result<()> {
/// use deploykit::nhn::EnvelopeResult;
/// let groups = client.api().list_server_groups().app_key(client.app_key()).artifact_id(7).send().await.into_body()?;
/// # Ok(()) }
/// ```
pub trait EnvelopeResult {
    /// The type of `body`.
    type Body;
    /// The `body` on success; an [`Error`] for an error status, an unreadable answer, or
    /// `header.isSuccessful: false` (whatever the HTTP status).
    fn into_body(self) -> Result<Self::Body>;
}

impl<T: Envelope> EnvelopeResult
    for std::result::Result<ResponseValue<T>, progenitor_client::Error<ErrorEnvelope>>
{
    type Body = T::Body;

    fn into_body(self) -> Result<T::Body> {
        match self {
            Ok(answer) => {
                let status = answer.status().as_u16();
                let request_id = request_id_from_headers(answer.headers());
                let (header, body) = answer.into_inner().into_parts();
                check(&header, status, request_id)?;
                Ok(body)
            }
            // A failed call often has `body: null`, which the success type refuses: read the
            // answer as an error envelope before calling it unreadable. (Only 2xx answers are
            // read as the success type, so this is one.)
            Err(progenitor_client::Error::InvalidResponsePayload(bytes, e)) => {
                Err(unsuccessful(&bytes, 200, None).unwrap_or_else(|| {
                    Error::from(
                        progenitor_client::Error::<ErrorEnvelope>::InvalidResponsePayload(bytes, e),
                    )
                }))
            }
            Err(e) => Err(Error::from(e)),
        }
    }
}

/// `Err` when the header says the call failed.
pub(crate) fn check(
    header: &ResponseHeader,
    status: u16,
    request_id: Option<String>,
) -> Result<()> {
    if header.is_successful {
        return Ok(());
    }
    Err(Error::provider_answer(
        PROVIDER,
        status,
        Some(header.result_code.to_string()),
        header.result_message.clone(),
        request_id,
    ))
}

/// The error an answer body describes, if it is an envelope with `isSuccessful: false`.
pub(crate) fn unsuccessful(body: &[u8], status: u16, request_id: Option<String>) -> Option<Error> {
    let envelope: ErrorEnvelope = serde_json::from_slice(body).ok()?;
    check(&envelope.header, status, request_id).err()
}

/// Read a whole (small, JSON) answer of a hand-written call as the envelope `T`.
pub(crate) fn decode<T: Envelope + serde::de::DeserializeOwned>(
    body: &Bytes,
    status: u16,
    request_id: Option<String>,
) -> Result<T::Body> {
    match serde_json::from_slice::<T>(body) {
        Ok(envelope) => {
            let (header, body) = envelope.into_parts();
            check(&header, status, request_id)?;
            Ok(body)
        }
        Err(e) => Err(
            unsuccessful(body, status, request_id.clone()).unwrap_or_else(|| {
                let start: String =
                    String::from_utf8_lossy(&body[..body.len().min(200)]).into_owned();
                Error::new(
                    ErrorKind::InvalidResponse,
                    format!("the answer is not the documented envelope ({e}); it starts: {start}"),
                )
                .with_provider(PROVIDER)
                .with_status(status)
                .with_request_id(request_id)
            }),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generated::nhn_deploy::types::{BinaryKeyValue, BinaryUploadResult};

    #[test]
    fn failed_header_on_http_200_is_an_error_with_code_and_message() {
        let body = Bytes::from_static(br#"{"header":{"isSuccessful":false,"resultCode":"INVALID_PARAMETER","resultMessage":"binary group not found","serverTime":1},"body":null}"#);
        let e = decode::<BinaryUploadResponse>(&body, 200, Some("r-1".into())).unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::Provider);
        assert_eq!(
            (e.code(), e.message(), e.status(), e.request_id()),
            (
                Some("INVALID_PARAMETER"),
                "binary group not found",
                Some(200),
                Some("r-1")
            )
        );
    }

    #[test]
    fn numeric_result_codes_are_accepted() {
        let body = Bytes::from_static(br#"{"header":{"isSuccessful":false,"resultCode":-4000,"resultMessage":"bad"},"body":null}"#);
        assert_eq!(
            decode::<BinaryUploadResponse>(&body, 200, None)
                .unwrap_err()
                .code(),
            Some("-4000")
        );
    }

    #[test]
    fn documented_upload_answer_gives_its_body() {
        let body = Bytes::from_static(br#"{"header":{"isSuccessful":true,"serverTime":1533526167415,"resultCode":"SUCCESS","resultMessage":"success"},"body":{"downloadUrl":"https://x/binaries/9","binaryKey":"9"}}"#);
        let r: BinaryUploadResult = decode::<BinaryUploadResponse>(&body, 200, None).unwrap();
        assert!(matches!(r.binary_key, Some(BinaryKeyValue::String(ref k)) if k == "9"));
    }

    #[test]
    fn html_is_an_invalid_response() {
        let e = decode::<BinaryUploadResponse>(&Bytes::from_static(b"<html>502</html>"), 200, None)
            .unwrap_err();
        assert_eq!(e.kind(), &ErrorKind::InvalidResponse);
        assert!(e.message().contains("<html>"));
    }
}
