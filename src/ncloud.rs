//! NAVER Cloud Platform API Gateway: stage and API deploys.
