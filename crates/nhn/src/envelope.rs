//! The `{header, body}` envelope of every Deploy answer.
//!
//! `header.isSuccessful: false` is a failure whatever the HTTP status, 200 included; the runtime
//! asks [`failed`] about every answer and makes such an answer an [`Error`] with the provider's
//! `resultCode` as its code and `resultMessage` as its message ([`error_fields`]). Otherwise
//! callers get the `body` ([`EnvelopeResult::into_body`]).

use progenitor_client::ResponseValue;
use serde::Deserialize;

use crate::generated::nhn_deploy::types::{
    ArtifactListResponse, BinaryGroupListResponse, BinaryListResponse, BinaryUploadResponse,
    DeployHistoryListResponse, DeployResponse, ResponseHeader, ServerGroupListResponse,
};
use crate::runtime::{Error, ErrorFields, Result};

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

/// The answer of a generated call, reduced to its `body`.
///
/// ```no_run
/// # async fn run(client: &deploykit::nhn::Client) -> deploykit::Result<()> {
/// use deploykit::nhn::EnvelopeResult;
/// let groups = client.api().list_server_groups().app_key(client.app_key()?).artifact_id(7).send().await.into_body()?;
/// # Ok(()) }
/// ```
pub trait EnvelopeResult {
    /// The type of `body`.
    type Body;
    /// The `body` on success. (`header.isSuccessful: false` is already an [`Error`], whatever the
    /// HTTP status: the runtime checks every answer.)
    fn into_body(self) -> Result<Self::Body>;
}

impl<T: Envelope> EnvelopeResult for Result<ResponseValue<T>> {
    type Body = T::Body;

    fn into_body(self) -> Result<T::Body> {
        self.map(|answer| answer.into_inner().into_parts().1)
    }
}

/// Only the header, whatever the body is (`null` in most failed answers).
#[derive(Deserialize)]
struct HeaderOnly {
    header: Header,
}

#[derive(Deserialize)]
#[serde(rename_all = "camelCase")]
struct Header {
    is_successful: Option<bool>,
    result_code: Option<serde_json::Value>,
    result_message: Option<String>,
}

fn header(body: &[u8]) -> Option<Header> {
    serde_json::from_slice::<HeaderOnly>(body)
        .ok()
        .map(|h| h.header)
}

/// Whether an answer is an envelope whose header says the call failed (`isSuccessful: false`).
pub fn failed(body: &[u8]) -> bool {
    header(body).is_some_and(|h| h.is_successful == Some(false))
}

/// The error a failed envelope stands for (`None` when `body` is not one), for hand-written reads.
pub(crate) fn unsuccessful(body: &[u8], status: u16, request_id: Option<String>) -> Option<Error> {
    if !failed(body) {
        return None;
    }
    let f = error_fields(body);
    Some(Error::provider_answer(
        super::PROVIDER,
        status,
        f.code,
        f.message
            .unwrap_or_else(|| "the answer says the call failed (isSuccessful: false)".into()),
        request_id,
    ))
}

/// What an envelope's header says: `resultCode` (a string or a number) as the code,
/// `resultMessage` as the message.
pub fn error_fields(body: &[u8]) -> ErrorFields {
    let Some(h) = header(body) else {
        return ErrorFields::default();
    };
    let code = h.result_code.and_then(|c| match c {
        serde_json::Value::String(s) => Some(s),
        serde_json::Value::Number(n) => Some(n.to_string()),
        _ => None,
    });
    ErrorFields {
        code,
        message: h.result_message.filter(|m| !m.trim().is_empty()),
        ..ErrorFields::default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn failed_header_on_http_200_gives_code_and_message() {
        let body = br#"{"header":{"isSuccessful":false,"resultCode":"INVALID_PARAMETER","resultMessage":"binary group not found","serverTime":1},"body":null}"#;
        assert!(failed(body));
        let f = error_fields(body);
        assert_eq!(
            (f.code.as_deref(), f.message.as_deref()),
            (Some("INVALID_PARAMETER"), Some("binary group not found"))
        );
    }

    #[test]
    fn numeric_result_codes_are_accepted() {
        let body = br#"{"header":{"isSuccessful":false,"resultCode":-4000,"resultMessage":"bad"},"body":null}"#;
        assert_eq!(error_fields(body).code.as_deref(), Some("-4000"));
    }

    #[test]
    fn successful_and_foreign_answers_are_not_failures() {
        let ok = br#"{"header":{"isSuccessful":true,"serverTime":1533526167415,"resultCode":"SUCCESS","resultMessage":"success"},"body":{"downloadUrl":"https://x/binaries/9","binaryKey":"9"}}"#;
        assert!(!failed(ok));
        assert!(!failed(b"<html>502</html>"));
        assert!(!failed(b"{}"));
        assert_eq!(error_fields(b"<html>502</html>"), ErrorFields::default());
    }
}
