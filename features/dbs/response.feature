@dbs @read-only
Feature: DBS DescribeRestoreTaskList — response parameters and envelopes
  Seed page 002_8701cbfe4df35ac9.txt, "Response parameters" and "Sample success responses".
  Every answer is validated against schemas/dbs/response.schema.json or schemas/dbs/error.schema.json.

  @DBS.Response.Envelope
  @basis:documented
  Scenario: A success answer carries the documented envelope
    Doc: "Success … Indicates whether the request succeeded." / "HttpStatusCode Integer 200 The HTTP status code." / "RequestId … The ID of the request." (sample: "\"HttpStatusCode\": 200,")
    When I list restore tasks
    Then the answer is a success
    And the answer's "Success" is true
    And the answer's "HttpStatusCode" is 200
    And the answer carries a RequestId

  @DBS.Response.Items @defect:DBS-D02 @defect:DBS-D07 @defect:DBS-D08 @defect:DBS-D21
  @basis:documented
  Scenario: Every field of every restore task has its documented type and enum
    Doc: "Items Array of RestoreTaskDetail" … "RestoreTime Long 1554560477000"
    When I walk every page of restore tasks with PageSize 100
    Then every page validates against the response schema

  @DBS.Response.Timestamps @defect:DBS-D10
  @basis:inferred
  Scenario Outline: <field> counts milliseconds since the epoch
    Doc: "<field> Long 1554560477000" / "<doc>" (the page states no unit: the reading, from the 13-digit examples, is milliseconds, DBS-D10)
    Given the full listing of restore tasks
    Then every restore task's "<field>", where present, counts milliseconds

    Examples:
      | field                 | doc                                                  |
      | RestoreTaskCreateTime | The time when the restoration job was created.       |
      | RestoreTaskFinishTime | The time when the restoration job was completed.     |
      | RestoreTime           | The time when the fault is restored.                 |

  @DBS.Response.JsonInString
  @basis:inferred
  Scenario: RestoreObjects holds JSON inside a string, and it parses
    Doc: "RestoreObjects String … Restore an object." (typed String; its example is JSON text, and the page never says the value is JSON: a reading)
    Given the full listing of restore tasks
    Then every restore task's "RestoreObjects", where present, is a string that parses as JSON

  @DBS.Error.Envelope @negative @defect:DBS-D11
  @basis:inferred @level:MUST
  Scenario: An error answer carries a RequestId, a code and a message
    Doc: "ErrCode … The error code." / "ErrMessage … The error message." / "HttpStatusCode … The HTTP status code." / "RequestId … The ID of the request." (the page shows no error answer: that an error carries these, its HTTP status in HttpStatusCode, is a reading; PageSize abc is not an Integer, the parameter's type)
    Level: MUST — an error that names neither its request nor its code cannot be judged or reported, and every Alibaba Cloud RPC error carries RequestId and a code (the error schema requires them of every error answer); HttpStatusCode, where an error carries it, is "The HTTP status code."
    When I list restore tasks with PageSize "abc"
    Then the answer is an error, else there is no error answer to judge
    And the answer carries a RequestId
    And the answer's "HttpStatusCode", where present, is the error's HTTP status

  @DBS.Error.Fields @negative @defect:DBS-D11
  @basis:inferred
  Scenario: An error answer says so in the page's own fields: Success false, ErrCode, ErrMessage, HttpStatusCode
    Doc: "Success … Indicates whether the request succeeded." / "ErrCode … The error code." / "ErrMessage … The error message." / "HttpStatusCode … The HTTP status code." (the page documents these fields but shows no error answer; that a failed request carries them rather than only Alibaba Cloud's common Code and Message is a reading: gateway errors use the common envelope; PageSize abc is not an Integer, the parameter's type)
    When I list restore tasks with PageSize "abc"
    Then the answer is an error, else there is no error answer to judge
    And the answer's "Success" is false
    And the answer carries a non-empty "ErrCode"
    And the answer carries a non-empty "ErrMessage"
    And the answer's "HttpStatusCode" is the error's HTTP status

  @DBS.Protocol.UnknownAction @negative
  @basis:convention
  Scenario: An unknown action is rejected
    Doc: convention, not on the page: an RPC endpoint answers an Action it does not serve with an error (the page's Action: "The parameter specified by the system. Value: DescribeRestoreTaskList.")
    When I call the action "DescribeRestoreTaskListNoSuchAction" instead
    Then the answer is an error

  @DBS.Protocol.Version @negative
  @basis:convention
  Scenario: The action under another API version is rejected
    Doc: convention, not on the page: an RPC endpoint answers an API Version it does not serve with an error (the page names no version; 2019-03-06 is the kit's, from docs/seeds/README.md)
    When I call the action under version "2001-01-01" instead
    Then the answer is an error
