//! GitHub REST API: deployments, statuses, environments.
