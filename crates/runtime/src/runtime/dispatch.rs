//! Calling a generated operation by its `operationId` with JSON arguments: what the command line
//! does with every operation of every spec, through the same typed builders, hooks and decoding as
//! a library call (each generated module's `dispatch` function).

use std::collections::BTreeMap;

use progenitor_client::{ClientInfo, ResponseValue};
use reqwest::StatusCode;
use reqwest::header::HeaderMap;
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

use super::error::{Error, ErrorKind, Sent};
use super::transport::Transport;

/// The arguments of one call: spec parameter names (`appKey`, `ApiId`, `per_page` …) and `body`,
/// each with a JSON value of the parameter's type.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Args(BTreeMap<String, Value>);

impl Args {
    /// No arguments.
    pub fn new() -> Self {
        Self::default()
    }

    /// Set an argument.
    pub fn set(&mut self, name: impl Into<String>, value: Value) -> &mut Self {
        self.0.insert(name.into(), value);
        self
    }

    /// With an argument set.
    pub fn with(mut self, name: impl Into<String>, value: Value) -> Self {
        self.set(name, value);
        self
    }

    /// An argument, if set.
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.0.get(name)
    }

    /// Take an argument out (the dispatcher takes each one the operation has).
    pub fn take(&mut self, name: &str) -> Option<Value> {
        self.0.remove(name)
    }

    /// Fail when arguments are left that the operation does not have.
    pub fn finish<C: ClientInfo<Transport>>(
        self,
        client: &C,
        operation: &'static str,
    ) -> Result<(), Error> {
        if self.0.is_empty() {
            return Ok(());
        }
        let names: Vec<&str> = self.0.keys().map(String::as_str).collect();
        Err(context(
            Error::invalid_input(format!(
                "`{operation}` has no parameter named {}",
                names.join(", ")
            )),
            client,
            operation,
        ))
    }
}

/// A decoded answer as JSON, with its status and headers.
#[derive(Clone, Debug)]
pub struct Answer {
    /// HTTP status.
    pub status: StatusCode,
    /// Response headers.
    pub headers: HeaderMap,
    /// The typed answer, serialised again (`null` for an answer without a body).
    pub value: Value,
}

fn context<C: ClientInfo<Transport>>(e: Error, client: &C, operation: &'static str) -> Error {
    e.with_provider(client.inner().provider.name())
        .with_operation(operation)
        .with_sent(Sent::No)
}

/// One argument as the setter's value type.
pub fn value<C: ClientInfo<Transport>, T: DeserializeOwned>(
    client: &C,
    operation: &'static str,
    name: &str,
    value: Value,
) -> Result<T, Error> {
    serde_json::from_value(value.clone()).map_err(|e| {
        context(
            Error::invalid_input(format!("`{name}` {value}: {e}")),
            client,
            operation,
        )
    })
}

/// The typed answer as JSON.
pub fn answer<T: Serialize>(answer: ResponseValue<T>) -> Result<Answer, Error> {
    let status = answer.status();
    let headers = answer.headers().clone();
    let value = serde_json::to_value(answer.into_inner()).map_err(|e| {
        Error::new(
            ErrorKind::InvalidResponse,
            format!("the decoded answer does not serialise as JSON: {e}"),
        )
    })?;
    Ok(Answer {
        status,
        headers,
        value,
    })
}

/// An operation the dispatcher cannot run (a binary body or answer: the provider's hand-written
/// calls cover those).
pub fn unsupported<C: ClientInfo<Transport>>(
    client: &C,
    operation: &'static str,
    why: &str,
) -> Error {
    context(
        Error::invalid_input(format!(
            "`{operation}` cannot be called with JSON arguments: {why}"
        )),
        client,
        operation,
    )
}

/// An `operationId` the client's spec does not have.
pub fn unknown<C: ClientInfo<Transport>>(client: &C, operation: &str) -> Error {
    Error::invalid_input(format!("no operation `{operation}` in this client's spec"))
        .with_provider(client.inner().provider.name())
}
