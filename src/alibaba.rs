//! Alibaba Cloud API Gateway (CloudAPI 2016-07-14): DeployApi and its family.
