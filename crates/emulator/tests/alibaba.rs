//! The emulated Alibaba Cloud API Gateway, driven with real ACS3-signed requests: deploys,
//! history, switch and abolish, batch tasks, signature/date/nonce checks, validation errors from
//! the spec, and the library's Alibaba client run against it.

mod common;

use std::time::{Duration, SystemTime};

use common::*;
use deploykit::sign::acs3::format_acs_date;
use deploykit_emulator::Emulator;
use deploykit_emulator::alibaba::defaults;

// ---- Alibaba ---------------------------------------------------------------------------------

#[tokio::test]
async fn alibaba_deploys_history_switch_and_abolish() {
    let e = emu().await;
    let r = e
        .ali(
            "DeployApi",
            &[
                ("GroupId", GROUP),
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("Description", "first"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert!(r.body["RequestId"].is_string());
    assert!(r.header("x-acs-request-id").is_some());

    // A deployed API shows in DescribeDeployedApis and DescribeHistoryApis.
    let r = e
        .ali("DescribeDeployedApis", &[("StageName", "RELEASE")])
        .await;
    assert_eq!(r.body["TotalCount"], 1);
    assert_eq!(r.body["DeployedApis"]["DeployedApiItem"][0]["ApiId"], API_1);
    assert_eq!(
        e.ali("DescribeDeployedApis", &[("StageName", "TEST")])
            .await
            .body["TotalCount"],
        0
    );
    let r = e
        .ali(
            "DeployApi",
            &[
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("Description", "second"),
            ],
        )
        .await;
    assert_eq!(r.status, 200);
    let r = e
        .ali(
            "DescribeHistoryApis",
            &[("GroupId", GROUP), ("ApiId", API_1)],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let items = r.body["ApiHisItems"]["ApiHisItem"]
        .as_array()
        .unwrap()
        .clone();
    assert_eq!(items.len(), 2);
    assert_eq!(items[0]["Status"], "ONLINE");
    assert_eq!(items[0]["Description"], "second");
    assert_eq!(items[1]["Status"], "OFFLINE");
    let old = items[1]["HistoryVersion"].as_str().unwrap().to_string();
    let r = e
        .ali(
            "DescribeHistoryApis",
            &[("GroupId", GROUP), ("PageSize", "1"), ("PageNumber", "2")],
        )
        .await;
    assert_eq!(
        r.body["ApiHisItems"]["ApiHisItem"][0]["HistoryVersion"],
        old.as_str()
    );

    // SwitchApi rolls back to the old version.
    let r = e
        .ali(
            "SwitchApi",
            &[
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("HistoryVersion", &old),
                ("Description", "roll back"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let r = e
        .ali(
            "DescribeDeployedApi",
            &[("ApiId", API_1), ("StageName", "RELEASE")],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(r.body["Description"], "first");
    let r = e
        .ali(
            "DescribeApiHistory",
            &[
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("HistoryVersion", &old),
            ],
        )
        .await;
    assert_eq!(r.body["Status"], "ONLINE");
    let r = e
        .ali(
            "SwitchApi",
            &[
                ("ApiId", API_1),
                ("StageName", "RELEASE"),
                ("HistoryVersion", "1"),
                ("Description", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, 404);

    // AbolishApi takes it offline.
    assert_eq!(
        e.ali("AbolishApi", &[("ApiId", API_1), ("StageName", "RELEASE")])
            .await
            .status,
        200
    );
    assert_eq!(
        e.ali("DescribeDeployedApis", &[]).await.body["TotalCount"],
        0
    );
    assert_eq!(
        e.ali(
            "DescribeDeployedApi",
            &[("ApiId", API_1), ("StageName", "RELEASE")]
        )
        .await
        .status,
        404
    );
    assert_eq!(
        e.ali("AbolishApi", &[("ApiId", API_1), ("StageName", "RELEASE")])
            .await
            .status,
        404
    );
    let r = e
        .ali(
            "DeployApi",
            &[
                ("ApiId", "nope"),
                ("StageName", "RELEASE"),
                ("Description", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, 404);
    assert_eq!(r.body["Code"], "NotFoundApi");
    e.assert_conformant();
}

#[tokio::test]
async fn alibaba_batch_tasks_report_deploying_then_succeed() {
    let e = emu_with(Emulator::builder().alibaba_task_delay(Duration::from_secs(5))).await;
    let r = e
        .ali(
            "BatchDeployApis",
            &[
                ("Api.1.ApiUid", API_1),
                ("Api.1.GroupId", GROUP),
                ("Api.2.ApiUid", API_2),
                ("Api.2.GroupId", GROUP),
                ("Api.3.ApiUid", "missing"),
                ("Api.3.GroupId", GROUP),
                ("StageName", "PRE"),
                ("Description", "batch"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let op = r.body["OperationId"].as_str().unwrap().to_string();
    let (e, op) = (&e, &op);
    let task = || async move {
        e.ali("DescribeDeployApiTask", &[("OperationUid", op)])
            .await
    };
    let r = task().await;
    let statuses: Vec<&str> = r.body["DeployedResults"]["DeployedResult"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["DeployedStatus"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["DEPLOYING"; 3]);
    assert_eq!(
        e.ali("DescribeDeployedApis", &[("StageName", "PRE")])
            .await
            .body["TotalCount"],
        0
    );

    e.clock.advance(Duration::from_secs(6));
    let r = task().await;
    let results = r.body["DeployedResults"]["DeployedResult"]
        .as_array()
        .unwrap()
        .clone();
    let statuses: Vec<&str> = results
        .iter()
        .map(|i| i["DeployedStatus"].as_str().unwrap())
        .collect();
    assert_eq!(statuses, vec!["SUCCEED", "SUCCEED", "FAILED"]);
    assert_eq!(results[0]["ErrorMsg"], "Success. Request Success.");
    assert_eq!(
        e.ali("DescribeDeployedApis", &[("StageName", "PRE")])
            .await
            .body["TotalCount"],
        2
    );
    // A deploy task is not an abolish task.
    assert_eq!(
        e.ali("DescribeAbolishApiTask", &[("OperationUid", op)])
            .await
            .status,
        404
    );

    let r = e
        .ali(
            "BatchAbolishApis",
            &[
                ("Api.1.ApiUid", API_1),
                ("Api.1.GroupId", GROUP),
                ("Api.1.StageName", "PRE"),
            ],
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);
    let op = r.body["OperationId"].as_str().unwrap().to_string();
    let r = e
        .ali("DescribeAbolishApiTask", &[("OperationUid", &op)])
        .await;
    assert_eq!(
        r.body["ApiAbolishResults"]["ApiAbolishResult"][0]["AbolishStatus"],
        "ABOLISHING"
    );
    e.clock.advance(Duration::from_secs(6));
    let r = e
        .ali("DescribeAbolishApiTask", &[("OperationUid", &op)])
        .await;
    assert_eq!(
        r.body["ApiAbolishResults"]["ApiAbolishResult"][0]["AbolishStatus"],
        "SUCCEED"
    );
    assert_eq!(
        e.ali("DescribeDeployedApis", &[("StageName", "PRE")])
            .await
            .body["TotalCount"],
        1
    );
    assert_eq!(
        e.ali("DescribeDeployApiTask", &[("OperationUid", "unknown")])
            .await
            .status,
        404
    );
    e.assert_conformant();
}

#[tokio::test]
async fn alibaba_rejects_bad_signatures_stale_dates_and_reused_nonces() {
    let e = emu().await;
    let params = [("StageName", "RELEASE")];
    let now_s = i64::try_from(unix_ms(SystemTime::now()) / 1000).unwrap();
    let date = format_acs_date(now_s);
    let expect_error = |r: &Answer, status: u16, code: &str| {
        assert_eq!(r.status, status, "{}", r.body);
        assert_eq!(r.body["Code"], code, "{}", r.body);
        for field in ["RequestId", "HostId", "Message", "Recommend"] {
            assert!(r.body[field].is_string(), "{field} missing: {}", r.body);
        }
    };

    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                secret: "wrong",
                date: &date,
                nonce: "n-1",
                ..AliSigning::default()
            },
        )
        .await;
    expect_error(&r, 403, "SignatureDoesNotMatch");
    assert!(
        r.body["Message"]
            .as_str()
            .unwrap()
            .contains("ACS3-HMAC-SHA256")
    );

    let stale = format_acs_date(now_s - 16 * 60);
    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                date: &stale,
                nonce: "n-2",
                ..AliSigning::default()
            },
        )
        .await;
    expect_error(&r, 400, "InvalidTimeStamp.Expired");

    // A nonce is accepted once.
    let signing = AliSigning {
        date: &date,
        nonce: "n-3",
        ..AliSigning::default()
    };
    assert_eq!(
        e.ali_raw("DescribeDeployedApis", &params, &signing)
            .await
            .status,
        200
    );
    let r = e.ali_raw("DescribeDeployedApis", &params, &signing).await;
    expect_error(&r, 400, "SignatureNonceUsed");

    // The body hash is part of the signature.
    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                date: &date,
                nonce: "n-4",
                signed_body: b"a=1",
                sent_body: Some(b"a=2"),
                ..AliSigning::default()
            },
        )
        .await;
    expect_error(&r, 403, "SignatureDoesNotMatch");
    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                date: &date,
                nonce: "n-5",
                signed_body: b"a=1",
                ..AliSigning::default()
            },
        )
        .await;
    assert_eq!(r.status, 200, "{}", r.body);

    let r = e
        .ali_raw(
            "DescribeDeployedApis",
            &params,
            &AliSigning {
                id: "LTAIunknown",
                date: &date,
                nonce: "n-6",
                ..AliSigning::default()
            },
        )
        .await;
    expect_error(&r, 404, "InvalidAccessKeyId.NotFound");
    let r = Answer::read(
        e.http
            .post(e.url("/?StageName=RELEASE"))
            .header("x-acs-action", "DescribeDeployedApis")
            .header("x-acs-version", "2016-07-14")
            .send()
            .await
            .unwrap(),
    )
    .await;
    expect_error(&r, 400, "IncompleteSignature");
    let r = e.ali("NoSuchAction", &[]).await;
    expect_error(&r, 404, "InvalidAction.NotFound");
    e.assert_conformant();
}

#[tokio::test]
async fn alibaba_validation_errors_are_400_invalid_parameter() {
    let e = emu().await;
    let r = e
        .ali(
            "DeployApi",
            &[
                ("ApiId", API_1),
                ("StageName", "PROD"),
                ("Description", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["Code"], "InvalidParameter");
    assert!(r.body["Message"].as_str().unwrap().contains("StageName"));
    let r = e
        .ali(
            "DeployApi",
            &[("StageName", "RELEASE"), ("Description", "x")],
        )
        .await;
    assert_eq!(r.status, 400);
    assert_eq!(r.body["Code"], "MissingParameter");
    assert!(r.body["Message"].as_str().unwrap().contains("ApiId"));
    let r = e.ali("DescribeDeployedApis", &[("PageSize", "101")]).await;
    assert_eq!(r.body["Code"], "InvalidParameter");
    let r = e
        .ali("DescribeDeployedApis", &[("PageNumber", "one")])
        .await;
    assert_eq!(r.body["Code"], "InvalidParameter");
    let r = e
        .ali(
            "SwitchApi",
            &[
                ("ApiId", API_1),
                ("StageName", "TEST"),
                ("HistoryVersion", "1"),
                ("Description", &"d".repeat(201)),
            ],
        )
        .await;
    assert_eq!(r.body["Code"], "InvalidParameter");
    // A repeat-list item without its required GroupId.
    let r = e
        .ali(
            "BatchDeployApis",
            &[
                ("Api.1.ApiUid", API_1),
                ("StageName", "TEST"),
                ("Description", "x"),
            ],
        )
        .await;
    assert_eq!(r.status, 400, "{}", r.body);
    e.assert_conformant();
}

#[tokio::test]
async fn alibaba_client_module_runs_against_the_emulator() {
    use deploykit::alibaba::{Client, Credentials, PollOptions, types};

    let e = emu_with(Emulator::builder().alibaba_task_delay(Duration::from_millis(300))).await;
    let client = Client::builder()
        .base_url(e.handle.alibaba_url())
        .credentials(Credentials::new(
            defaults::ACCESS_KEY_ID,
            defaults::ACCESS_KEY_SECRET,
        ))
        .build()
        .unwrap();
    let answer = client
        .deploy_api()
        .api_id(API_1)
        .stage_name(types::StageName::Release)
        .description("from the client")
        .send()
        .await
        .unwrap();
    assert!(answer.request_id.as_deref().is_some_and(|r| !r.is_empty()));
    let poll = PollOptions {
        interval: Duration::from_millis(100),
        max_interval: Duration::from_millis(200),
        timeout: Duration::from_secs(20),
    };
    let outcome = client
        .batch_deploy(
            types::StageName::Test,
            "batch from the client",
            vec![types::BatchDeployApiItem {
                api_uid: API_2.into(),
                group_id: GROUP.into(),
            }],
            &poll,
        )
        .await
        .unwrap();
    let _ = outcome;
    let deployed = client
        .describe_deployed_apis()
        .send()
        .await
        .unwrap()
        .into_inner();
    assert_eq!(deployed.total_count, Some(2));
    e.assert_conformant();
}
