@dbs @read-only
Feature: DBS DescribeRestoreTaskList — response parameters and envelopes
  Seed page 002_8701cbfe4df35ac9.txt, "Response parameters" and "Sample success responses".
  Every answer is validated against schemas/dbs/response.schema.json or schemas/dbs/error.schema.json.

  @DBS.Response.Envelope
  Scenario: A success answer carries the documented envelope
    Doc: "Success — Indicates whether the request succeeded." / "HttpStatusCode — The HTTP status code." (sample: 200)
    When I list restore tasks
    Then the answer is a success
    And the answer's "Success" is true
    And the answer's "HttpStatusCode" is 200
    And the answer carries a RequestId

  @DBS.Response.Items @defect:DBS-D02 @defect:DBS-D07 @defect:DBS-D08 @defect:DBS-D21
  Scenario: Every field of every restore task has its documented type and enum
    Doc: "Items — Array of RestoreTaskDetail" … "RestoreTime Long 1554560477000"
    When I walk every page of restore tasks with PageSize 100
    Then every page validates against the response schema

  @DBS.Response.Timestamps @defect:DBS-D10
  Scenario Outline: <field> counts milliseconds since the epoch
    Doc: "<field> Long 1554560477000 — <doc>"
    Given the full listing of restore tasks
    Then every restore task's "<field>", where present, counts milliseconds

    Examples:
      | field                 | doc                                                  |
      | RestoreTaskCreateTime | The time when the restoration job was created.       |
      | RestoreTaskFinishTime | The time when the restoration job was completed.     |
      | RestoreTime           | The time when the fault is restored.                 |

  @DBS.Response.JsonInString
  Scenario: RestoreObjects holds JSON inside a string, and it parses
    Doc: "RestoreObjects String [ { \"DBName\":\"test\" } ] — Restore an object."
    Given the full listing of restore tasks
    Then every restore task's "RestoreObjects", where present, is a string that parses as JSON

  @DBS.Error.Envelope @negative @defect:DBS-D11
  Scenario: An error answer carries a RequestId, a code and a message
    Doc: "ErrCode — The error code." / "ErrMessage — The error message." / "Success — Indicates whether the request succeeded." / "HttpStatusCode — The HTTP status code."
    When I list restore tasks with PageSize "7"
    Then the answer is an error
    And the answer carries a RequestId
    And the answer's "HttpStatusCode", where present, is the error's HTTP status

  @DBS.Protocol.UnknownAction @negative
  Scenario: An unknown action is rejected
    Doc: "Action — The parameter specified by the system. Value: DescribeRestoreTaskList."
    When I call the action "DescribeRestoreTaskListNoSuchAction" instead
    Then the answer is an error

  @DBS.Protocol.Version @negative
  Scenario: The action under another API version is rejected
    Doc: "Database Backup … version 2019-03-06"
    When I call the action under version "2001-01-01" instead
    Then the answer is an error
