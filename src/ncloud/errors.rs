//! NCP error bodies (`{"error":{"errorCode","message","details"}}`) and what to do about each
//! documented code.

use crate::runtime::ProviderErrorBody;

use super::PROVIDER;
use super::types::ErrorResponse;

/// Advice for one of the API Gateway's documented `errorCode`s (status in brackets):
///
/// | code | status | message |
/// | --- | --- | --- |
/// | 100 | 400 | Bad Request Exception |
/// | 200 | 401 | Authentication Failed |
/// | 210 | 401 | Permission Denied |
/// | 230 | 403 | Forbidden |
/// | 300 | 404 | Not Found Exception |
/// | 400 | 429 | Quota Exceeded |
/// | 410 | 429 | Throttle Limited |
/// | 420 | 429 | Rate Limited |
/// | 430 | 413 | Request Entity Too Large |
/// | 500 | 503 | Endpoint Error |
/// | 510 | 504 | Endpoint Timeout |
/// | 900 | 500 | Unexpected Error |
pub fn error_hint(code: &str) -> Option<&'static str> {
    Some(match code.trim() {
        "100" => "NCP found the request malformed: check the ids and the request body",
        "200" => {
            "NCP did not accept the key or the signature: check the access key and secret key \
             (given explicitly, in NCLOUD_ACCESS_KEY / NCLOUD_SECRET_KEY, or in ~/.ncloud/configure) \
             and that the key is active; the request time must also be within 5 minutes of NCP's clock"
        }
        "210" => {
            "the key is valid but lacks permission for this resource: if it belongs to a Sub Account, \
             grant that sub-account an API Gateway policy in NCP's Sub Account console"
        }
        "230" => "this account may not access the resource: check that the product belongs to it",
        "300" => {
            "the product, API, stage or deployment does not exist: check the ids \
             (list_stages lists stages, list_stage_deployments the deployment numbers)"
        }
        "400" => "the API Gateway quota is used up: retrying helps only once it resets",
        "410" | "420" => {
            "too many requests per second: deploykit waited and retried; lower the request rate"
        }
        "430" => "the request body is over the gateway's size limit",
        "500" => "NCP's gateway could not reach the service behind it: try again later",
        "510" => {
            "NCP's service did not answer in time: the call may still take effect, so check the \
             stage before repeating a deploy"
        }
        "900" => {
            "an unexpected error on NCP's side: try again later, and quote the request id to NCP support"
        }
        _ => return None,
    })
}

impl ProviderErrorBody for ErrorResponse {
    const PROVIDER: &'static str = PROVIDER;

    fn code(&self) -> Option<String> {
        self.error
            .as_ref()?
            .error_code
            .clone()
            .filter(|c| !c.is_empty())
    }

    fn message(&self) -> Option<String> {
        self.error
            .as_ref()?
            .message
            .clone()
            .filter(|m| !m.is_empty())
    }

    fn details(&self) -> Vec<String> {
        self.error
            .as_ref()
            .and_then(|e| e.details.clone())
            .filter(|d| !d.trim().is_empty())
            .into_iter()
            .collect()
    }

    fn hint(&self) -> Option<String> {
        error_hint(&self.code()?).map(str::to_string)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtime::Error;

    #[test]
    fn every_documented_code_has_a_hint() {
        for code in [
            "100", "200", "210", "230", "300", "400", "410", "420", "430", "500", "510", "900",
        ] {
            assert!(error_hint(code).is_some(), "{code}");
        }
        assert!(error_hint("999").is_none());
        assert!(error_hint("210").unwrap().contains("Sub Account"));
    }

    #[test]
    fn error_body_fields_reach_the_error() {
        let body: ErrorResponse = serde_json::from_str(
            r#"{"error":{"errorCode":"210","message":"Permission Denied","details":"You do not have permission."}}"#,
        )
        .unwrap();
        assert_eq!(body.code().as_deref(), Some("210"));
        assert_eq!(body.message().as_deref(), Some("Permission Denied"));
        assert_eq!(
            body.details(),
            vec!["You do not have permission.".to_string()]
        );
        assert!(body.hint().unwrap().contains("lacks permission"));
        let e: Error =
            Error::provider_answer(PROVIDER, 401, body.code(), body.message().unwrap(), None)
                .with_details(body.details())
                .with_hint(body.hint().unwrap());
        let s = e.to_string();
        assert!(
            s.starts_with("ncloud: HTTP 401 [210] Permission Denied; You do not have permission."),
            "{s}"
        );
        let empty: ErrorResponse = serde_json::from_str("{}").unwrap();
        assert_eq!(
            (empty.code(), empty.message(), empty.details().len()),
            (None, None, 0)
        );
    }
}
