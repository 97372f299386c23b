//! What the generated clients call: the hooks, path encoding, form bodies and answer decoding, all
//! typed with [`Error`].
//!
//! progenitor's own hooks cannot carry a typed error (its `exec` returns `reqwest::Result`, its
//! `pre` only a string), so `build.rs` points the generated code at these items instead of
//! progenitor's: every generated `send()` returns `Result<ResponseValue<T>, deploykit::Error>`,
//! runs [`ClientHooks::exec`] (the runtime's one send path), and decodes success answers with
//! [`from_response`]. Error answers never reach the generated code: the send path turns them into
//! the provider's [`Error`] first.

use reqwest::{Request, RequestBuilder, Response};
use serde::Serialize;
use serde::de::DeserializeOwned;

pub use progenitor_client::{ClientInfo, OperationInfo, ResponseValue};

use super::OperationMeta;
pub use super::error::Error;
use super::error::{ErrorKind, Sent};
use super::send::{decode, prepare_request, send};
use super::transport::Transport;

/// The hooks every generated operation runs, in order: `pre` (wire fixes, checks), `exec` (the
/// runtime's send path: credentials, signing, retries, errors), `post` (nothing).
#[allow(async_fn_in_trait)]
pub trait ClientHooks<Inner = ()> {
    /// Before sending: wire fixes and checks that need no network.
    async fn pre(&self, request: &mut Request, info: &OperationInfo) -> Result<(), Error>;
    /// Send with signing and retries; `Ok` only for a `2xx` answer.
    async fn exec(&self, request: Request, info: &OperationInfo) -> Result<Response, Error>;
    /// After sending.
    async fn post(
        &self,
        result: &Result<Response, Error>,
        info: &OperationInfo,
    ) -> Result<(), Error>;
}

impl<C: ClientInfo<Transport>> ClientHooks<Transport> for C {
    async fn pre(&self, request: &mut Request, info: &OperationInfo) -> Result<(), Error> {
        let transport = self.inner();
        let op = operation(transport, info)?;
        prepare_request(request, op).map_err(|e| e.with_provider(transport.provider.name()))
    }

    async fn exec(&self, request: Request, info: &OperationInfo) -> Result<Response, Error> {
        let transport = self.inner();
        send(
            transport,
            self.client(),
            request,
            operation(transport, info)?,
        )
        .await
    }

    async fn post(
        &self,
        _result: &Result<Response, Error>,
        _info: &OperationInfo,
    ) -> Result<(), Error> {
        Ok(())
    }
}

fn operation(transport: &Transport, info: &OperationInfo) -> Result<&'static OperationMeta, Error> {
    transport.operation(info.operation_id).ok_or_else(|| {
        Error::invalid_input(format!(
            "`{}` is not an operation of this client's spec (a client built for another spec?)",
            info.operation_id
        ))
        .with_provider(transport.provider.name())
    })
}

/// Characters escaped in a path parameter: everything but RFC 3986 unreserved characters and
/// sub-delimiters, so a value stays one segment (`/`, `\`, `?`, `#` and `%` included).
const PATH_SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=')
    .remove(b':')
    .remove(b'@');

/// One path parameter as one URL path segment.
pub fn encode_path(value: &str) -> String {
    percent_encoding::utf8_percent_encode(value, PATH_SEGMENT).to_string()
}

/// Form bodies (`application/x-www-form-urlencoded`), typed like every other step.
pub trait RequestBuilderExt {
    /// Serialise `body` as the form body of the request.
    fn form_urlencoded<T: Serialize + ?Sized>(self, body: &T) -> Result<RequestBuilder, Error>;
}

impl RequestBuilderExt for RequestBuilder {
    fn form_urlencoded<T: Serialize + ?Sized>(self, body: &T) -> Result<RequestBuilder, Error> {
        let form = serde_urlencoded::to_string(body)
            .map_err(|e| Error::invalid_input(format!("the form body cannot be encoded: {e}")))?;
        Ok(self
            .header(
                reqwest::header::CONTENT_TYPE,
                reqwest::header::HeaderValue::from_static("application/x-www-form-urlencoded"),
            )
            .body(form))
    }
}

/// A builder value of `operation` that did not convert, or a required one that was not set.
pub fn invalid_request<C: ClientInfo<Transport>>(
    client: &C,
    operation: &'static str,
    message: String,
) -> Error {
    Error::invalid_input(message)
        .with_provider(client.inner().provider.name())
        .with_operation(operation)
}

/// A value that did not convert, outside of a call.
pub fn invalid_input(message: String) -> Error {
    Error::invalid_input(message)
}

/// The request could not be built (an unusable base URL, a body that does not serialise).
pub fn request_error(e: reqwest::Error) -> Error {
    Error::invalid_input(format!("the request cannot be built: {e}"))
        .with_sent(Sent::No)
        .with_source(e)
}

/// Decode a `2xx` JSON answer of a generated call (see [`super::send::decode`]).
pub async fn from_response<T: DeserializeOwned, C: ClientInfo<Transport>>(
    client: &C,
    info: &OperationInfo,
    response: Response,
) -> Result<ResponseValue<T>, Error> {
    decode(client.inner(), info.operation_id, response).await
}

/// A `2xx` status the spec does not declare for the operation.
pub fn undeclared_status<C: ClientInfo<Transport>>(
    client: &C,
    info: &OperationInfo,
    response: Response,
) -> Error {
    let provider = &client.inner().provider;
    let status = response.status();
    Error::new(
        ErrorKind::InvalidResponse,
        format!(
            "answered HTTP {}, which the spec does not declare for this operation",
            status.as_u16()
        ),
    )
    .with_status(status.as_u16())
    .with_request_id(provider.request_id(response.headers(), &[]))
    .with_provider(provider.name())
    .with_operation(info.operation_id)
}
