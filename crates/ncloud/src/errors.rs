//! NCP error bodies (`{"error":{"errorCode","message","details"}}`) and what to do about each
//! documented code.

use serde_json::Value;

use crate::runtime::ErrorFields;

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
             (given explicitly, in NCLOUD_ACCESS_KEY_ID or NCLOUD_ACCESS_KEY / NCLOUD_SECRET_ACCESS_KEY or NCLOUD_SECRET_KEY, or in ~/.ncloud/configure) \
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

/// What an NCP error body says: `error.errorCode` as the code, `error.message`, `error.details` as
/// a detail line, the advice for the code ([`error_hint`]), and a request id if the body has one.
pub fn error_fields(body: &[u8]) -> ErrorFields {
    let Ok(v) = serde_json::from_slice::<Value>(body) else {
        return ErrorFields::default();
    };
    let text = |pointer: &str| {
        v.pointer(pointer)
            .and_then(|x| match x {
                Value::String(s) => Some(s.trim().to_string()),
                Value::Number(n) => Some(n.to_string()),
                _ => None,
            })
            .filter(|s| !s.is_empty())
    };
    let code = text("/error/errorCode");
    ErrorFields {
        hint: code.as_deref().and_then(error_hint).map(str::to_string),
        code,
        message: text("/error/message"),
        request_id: text("/error/requestId").or_else(|| text("/requestId")),
        details: text("/error/details").into_iter().collect(),
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
        let body = error_fields(
            br#"{"error":{"errorCode":"210","message":"Permission Denied","details":"You do not have permission."}}"#,
        );
        assert_eq!(body.code.as_deref(), Some("210"));
        assert_eq!(body.message.as_deref(), Some("Permission Denied"));
        assert_eq!(
            body.details,
            vec!["You do not have permission.".to_string()]
        );
        assert!(body.hint.as_deref().unwrap().contains("lacks permission"));
        let e: Error = Error::provider_answer(
            super::super::PROVIDER,
            401,
            body.code,
            body.message.unwrap(),
            None,
        )
        .with_details(body.details)
        .with_hint(body.hint.unwrap());
        let s = e.to_string();
        assert!(
            s.starts_with("ncloud: HTTP 401 [210] Permission Denied; You do not have permission."),
            "{s}"
        );
        assert_eq!(error_fields(b"{}"), ErrorFields::default());
        assert_eq!(
            error_fields(br#"{"error":{"errorCode":200,"message":"Authentication Failed"}}"#)
                .code
                .as_deref(),
            Some("200")
        );
    }
}
