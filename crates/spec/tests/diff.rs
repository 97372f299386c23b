//! `deploykit_spec::diff` on the wire: a fixture pair (`tests/fixtures/diff/<category>/old.yaml`
//! and `new.yaml`) per category of change, with the exact report lines (`file:line:col:
//! category [rule] message`, at the place in NEW, or in OLD for what was removed).

use deploykit_spec::diff::{self, Finding, Side};
use deploykit_spec::yaml;

fn load(path: &str) -> yaml::Doc {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    yaml::load(&text).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn render(dir: &str, f: &Finding) -> String {
    let file = match f.at.side {
        Side::Old => format!("{dir}/old.yaml"),
        Side::New => format!("{dir}/new.yaml"),
    };
    format!(
        "{file}:{}:{}: {} [{}] {}",
        f.at.line,
        f.at.column,
        f.category().as_str(),
        f.rule,
        f.text()
    )
}

fn assert_report(dir: &str, expected: &[&str]) {
    let base = format!("tests/fixtures/diff/{dir}");
    let old = load(&format!("{base}/old.yaml"));
    let new = load(&format!("{base}/new.yaml"));
    let lines: Vec<String> = diff::wire_only(&old, &new)
        .iter()
        .map(|f| render(dir, f))
        .collect();
    assert_eq!(lines, expected, "{dir}: the report differs");
    // Nothing changes between a spec and itself.
    assert!(diff::wire_only(&new, &new).is_empty());
}

/// Enum values: on the request side a value removed breaks, one added does not; on the response side the other way round.
#[test]
fn enums() {
    assert_report(
        "enums",
        &[
            "enums/old.yaml:26:26: breaking-wire [enum-value-removed] list_items: query parameter `state`: no longer accepts `closed`: clients built from OLD may send it",
            "enums/new.yaml:26:26: compatible [enum-value-added] list_items: query parameter `state`: now also accepts `archived`",
            "enums/old.yaml:93:26: compatible [enum-value-removed] response field `Item.status`: answers no longer carry `archived` (used by list_items, create_item, get_item)",
            "enums/new.yaml:93:26: compatible [enum-value-added] response field `Item.status`: answers may now carry `deleted` (clients built from OLD read it as `Unknown`: answer enums are open) (used by list_items, create_item, get_item)",
        ],
    );
}

/// An operationId renamed (the wire unchanged; the method, its builder and the inline enum type renamed) and a path parameter renamed.
#[test]
fn operation_id() {
    assert_report(
        "operation_id",
        &[
            "operation_id/new.yaml:13:7: compatible [operation-id-changed] operationId `list_items` → `list_all_items` (GET /items, the same request on the wire): the generated method and the command `list-items` → `list-all-items` are renamed",
            "operation_id/new.yaml:55:11: compatible [path-parameter-renamed] get_item: path parameter `item_id` renamed `id` (the URL is the same)",
        ],
    );
}

/// Operations: one removed, one added, one moved to another path under the same operationId.
#[test]
fn operations() {
    assert_report(
        "operations",
        &[
            "operations/new.yaml:37:5: breaking-wire [operation-moved] create_item: moved from `POST /items` to `POST /items/new`: clients built from OLD send it to the old place",
            "operations/old.yaml:52:5: breaking-wire [operation-removed] operation `get_item` (GET /items/{item_id}) removed: clients built from OLD still call it",
            "operations/new.yaml:53:5: compatible [operation-added] operation `delete_item` (DELETE /items/{item_id}) added",
        ],
    );
}

/// A query parameter moved into the request body.
#[test]
fn parameter_to_body() {
    assert_report(
        "parameter_to_body",
        &[
            "parameter_to_body/new.yaml:98:9: breaking-wire [parameter-moved] create_item: parameter `dry_run` moved from the query to the request body: clients built from OLD send it in the old place",
        ],
    );
}

/// Parameters: one made required (and widened from int32 to int64), a required one added, one moved from the query to a header, an optional one added.
#[test]
fn parameters() {
    assert_report(
        "parameters",
        &[
            "parameters/new.yaml:17:11: breaking-wire [parameter-required] list_items: query parameter `page_size` is now required: requests without it are refused",
            "parameters/new.yaml:20:13: compatible [type-widened] list_items: query parameter `page_size`: type `integer (int32)` → `integer (int64)` (widened)",
            "parameters/new.yaml:21:11: breaking-wire [parameter-added-required] list_items: required query parameter `shop_id` added: requests without it are refused",
            "parameters/new.yaml:26:11: breaking-wire [parameter-moved] list_items: parameter `state` moved from the query to a header: clients built from OLD send it in the old place",
            "parameters/new.yaml:65:11: compatible [parameter-added] get_item: optional query parameter `expand` added",
        ],
    );
}

/// A query parameter renamed (the same schema under another name) and one removed.
#[test]
fn parameters_renamed() {
    assert_report(
        "parameters_renamed",
        &[
            "parameters_renamed/old.yaml:21:11: breaking-wire [parameter-removed] list_items: query parameter `state` removed: clients built from OLD still send it",
            "parameters_renamed/new.yaml:15:11: breaking-wire [parameter-renamed] list_items: query parameter `page_size` renamed `pageSize`: the provider no longer reads `page_size`",
        ],
    );
}

/// Request body fields: one made required, one made optional, a required one added.
#[test]
fn request_body() {
    assert_report(
        "request_body",
        &[
            "request_body/new.yaml:98:9: compatible [field-optional] request field `ItemCreate.name` is now optional (used by create_item)",
            "request_body/new.yaml:100:9: breaking-wire [field-required] request field `ItemCreate.color` is now required: requests without it are refused (used by create_item)",
            "request_body/new.yaml:102:9: breaking-wire [field-added-required] request field `ItemCreate.sku` added as required: requests without it are refused (used by create_item)",
        ],
    );
}

/// Response fields: an optional one removed, a type changed, one made optional (an `Option` appears), one made required.
#[test]
fn responses() {
    assert_report(
        "responses",
        &[
            "responses/old.yaml:89:9: compatible [field-removed] response field `Item.color` removed (it was optional: clients built from OLD read it as absent) (used by list_items, create_item, get_item)",
            "responses/new.yaml:85:11: breaking-wire [type-changed] response field `Item.id`: type `integer (int64)` → `string`: clients built from OLD cannot read the new one (used by list_items, create_item, get_item)",
            "responses/new.yaml:86:9: breaking-wire [field-optional] response field `Item.name` is now optional: answers may lack it, and clients built from OLD require it (used by list_items, create_item, get_item)",
            "responses/new.yaml:88:9: compatible [field-required] response field `Item.status` is now always present (used by list_items, create_item, get_item)",
        ],
    );
}

/// Security: an operation that needed no credentials now does, an API key header renamed, a scheme added.
#[test]
fn security() {
    assert_report(
        "security",
        &[
            "security/new.yaml:52:5: breaking-wire [security-required] get_item: credentials are now required (`token`): requests without them are refused",
            "security/new.yaml:78:7: breaking-wire [security-scheme-changed] security scheme `token`: `name` `X-Shop-Token` → `X-Shop-Key`: clients built from OLD send credentials the old way",
            "security/new.yaml:79:5: compatible [security-scheme-added] security scheme `oauth` added",
        ],
    );
}

/// Servers: a base path changed and a server added.
#[test]
fn servers() {
    assert_report(
        "servers",
        &[
            "servers/new.yaml:7:5: breaking-wire [server-base-path-changed] base path `/v1` → `/v2` on `https://api.example.test`: clients built from OLD send every request to the old path",
            "servers/new.yaml:8:5: compatible [server-added] server `https://eu.api.example.test/v2` added",
        ],
    );
}

/// Status codes: a new success status breaks clients built from OLD; error statuses added or removed do not.
#[test]
fn status_codes() {
    assert_report(
        "status_codes",
        &[
            "status_codes/old.yaml:67:9: compatible [response-status-removed] get_item: error answer 404 no longer declared",
            "status_codes/new.yaml:67:9: breaking-wire [response-status-added] get_item: may now answer 202: clients built from OLD do not expect it and fail",
            "status_codes/new.yaml:73:9: compatible [response-status-added] get_item: error answer 409 now declared",
        ],
    );
}

/// Every finding of OLD's side has a place in NEW to annotate on a pull request.
#[test]
fn removals_have_an_anchor_in_new() {
    let old = load("tests/fixtures/diff/operations/old.yaml");
    let new = load("tests/fixtures/diff/operations/new.yaml");
    let removed = diff::wire_only(&old, &new)
        .into_iter()
        .find(|f| f.rule == "operation-removed")
        .unwrap();
    assert_eq!(removed.at.side, Side::Old);
    // The path item `/items/{item_id}` still exists in NEW (with another operation).
    assert_eq!(removed.anchor, Some((52, 3)));
    assert_eq!(removed.operations, ["get_item"]);
}
