@dbs @read-only
Feature: DBS DescribeRestoreTaskList — request cases generated from the request schema
  schemas/dbs/request.schema.json states every documented parameter's type, allowed values and default.
  From it the kit derives requests: each allowed value and values just outside, wrong types and empty
  values. Each must get either a valid answer or a documented-shape error — never a 5xx, a hang or a
  malformed body — and a value the schema allows must not be rejected.

  @DBS.Request.Generated
  @basis:inferred
  Scenario: Every request case derived from the request schema gets a well-formed answer
    Doc: "Request parameters" — BackupPlanId, RestoreTaskId, PageSize, PageNum, RegionId, ClientToken (the page gives types and valid values; that any other value gets an error, and that no answer is a 5xx or malformed, is a reading)
    When I send every request case derived from the request schema
    Then each case got a valid answer if the schema allows it, and an error answer if it does not
