"""Alibaba Cloud's official Python SDK calling DeployApi against the loopback server of
benches/suite.rs (run by that bench inside a throw-away venv; not meant to be run by hand).

Usage: python alibaba_sdk.py PORT REQUESTS

Prints one JSON line: the number of timed requests, their wall and CPU time (this process), and
the peak RSS.
"""

import json
import resource
import sys
import time

from alibabacloud_cloudapi20160714 import models as cloudapi_models
from alibabacloud_cloudapi20160714.client import Client
from alibabacloud_tea_openapi import models as open_api_models

WARM_UP = 200


def main():
    port, requests = int(sys.argv[1]), int(sys.argv[2])
    config = open_api_models.Config(
        access_key_id="LTAI5tBenchAccessKeyId",
        access_key_secret="BenchAccessKeySecret0123456789",
        endpoint=f"127.0.0.1:{port}",
        protocol="http",
        region_id="cn-hangzhou",
    )
    client = Client(config)
    # The same request as the Rust side sends (benches/suite.rs: GROUP_ID, API_ID, DESCRIPTION).
    request = cloudapi_models.DeployApiRequest(
        group_id="a1b2c3d4e5f64a7b8c9d0e1f2a3b4c5d",
        api_id="0f1e2d3c4b5a69788796a5b4c3d2e1f0",
        stage_name="RELEASE",
        description="deploy 2026-11-22 build 1234",
    )

    def call():
        answer = client.deploy_api(request)
        if not answer.body.request_id:
            raise SystemExit("DeployApi answered without a RequestId")

    for _ in range(WARM_UP):
        call()
    cpu0, wall0 = time.process_time(), time.perf_counter()
    for _ in range(requests):
        call()
    wall, cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    print(
        json.dumps(
            {
                "requests": requests,
                "wall_s": wall,
                "cpu_s": cpu,
                "maxrss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
            }
        )
    )


if __name__ == "__main__":
    main()
