@dbs @read-only
Feature: DBS DescribeRestoreTaskList — BackupPlanId, RestoreTaskId and ClientToken
  Seed page 002_8701cbfe4df35ac9.txt, "Request parameters".
  BackupPlanId: "The ID of the backup plan."
  RestoreTaskId: "The ID of the Restoration Task. Separate multiple task IDs with commas (,)."
  ClientToken: "The client token that is used to ensure the idempotency of the request."

  Background:
    Given the full listing of restore tasks

  @DBS.BackupPlanId
  @basis:documented
  Scenario: BackupPlanId restricts the listing to the tasks of that plan
    Doc: "BackupPlanId … The ID of the backup plan."
    Given a "BackupPlanId" value from the full listing, called plan
    When I list all restore tasks with BackupPlanId "{{plan}}"
    Then the listing holds exactly the full listing's restore tasks whose "BackupPlanId" is "{{plan}}"

  @DBS.BackupPlanId
  @basis:documented
  Scenario: A BackupPlanId that no task has lists no task
    Doc: "BackupPlanId … The ID of the backup plan."
    When I list all restore tasks with BackupPlanId "dbs-kit-absent-plan-7f3a9c1"
    Then the answer holds no restore tasks or rejects the value

  @DBS.RestoreTaskId
  @basis:documented
  Scenario: One RestoreTaskId lists exactly that task
    Doc: "RestoreTaskId … The ID of the Restoration Task."
    Given a "RestoreTaskId" value from the full listing, called id
    When I list all restore tasks with RestoreTaskId "{{id}}"
    Then the listing holds exactly the full listing's restore tasks whose "RestoreTaskId" is one of "{{id}}"

  @DBS.RestoreTaskId
  @basis:documented
  Scenario: Several RestoreTaskIds separated by commas list exactly those tasks
    Doc: "RestoreTaskId … Separate multiple task IDs with commas (,)."
    Given two different "RestoreTaskId" values from the full listing, called a and b
    When I list all restore tasks with RestoreTaskId "{{a}},{{b}}"
    Then the listing holds exactly the full listing's restore tasks whose "RestoreTaskId" is one of "{{a}},{{b}}"

  @DBS.RestoreTaskId
  @basis:inferred
  Scenario: Several RestoreTaskIds separated by a comma and a space list exactly those tasks
    Doc: "RestoreTaskId … Separate multiple task IDs with commas (,)." (the page does not say whether a space may follow a comma: the reading is that it is not part of an id)
    Given two different "RestoreTaskId" values from the full listing, called a and b
    When I list all restore tasks with RestoreTaskId "{{a}}, {{b}}"
    Then the listing holds exactly the full listing's restore tasks whose "RestoreTaskId" is one of "{{a}},{{b}}"

  @DBS.RestoreTaskId
  @basis:inferred
  Scenario: An empty item between commas names no task
    Doc: "RestoreTaskId … Separate multiple task IDs with commas (,)." (the page does not say what an empty item means: the reading is that it names no task and takes nothing from the others)
    Given two different "RestoreTaskId" values from the full listing, called a and b
    When I list all restore tasks with RestoreTaskId "{{a}},,{{b}},"
    Then the listing holds exactly the full listing's restore tasks whose "RestoreTaskId" is one of "{{a}},{{b}}"

  @DBS.RestoreTaskId @defect:DBS-D25 @contract:seed
  @basis:inferred
  Scenario: RestoreTaskId and BackupPlanId together list the named tasks of that plan only
    Doc: "BackupPlanId … The ID of the backup plan." / "RestoreTaskId … The ID of the Restoration Task." (the page does not say how parameters combine: the reading is that both restrictions apply)
    Given a "BackupPlanId" value from the full listing, called plan
    And a "RestoreTaskId" value whose "BackupPlanId" is "{{plan}}", called mine
    And a "RestoreTaskId" value whose "BackupPlanId" is not "{{plan}}", called other
    When I list all restore tasks with:
      | BackupPlanId  | {{plan}}           |
      | RestoreTaskId | {{mine}},{{other}} |
    Then the listing holds exactly the full listing's restore tasks whose "BackupPlanId" is "{{plan}}" and "RestoreTaskId" is one of "{{mine}},{{other}}"

  @DBS.RestoreTaskId @defect:DBS-D25 @contract:metadata @negative
  @basis:documented
  Scenario: RestoreTaskId and BackupPlanId together are rejected
    Doc: "BackupPlanId … The ID of the backup plan." / "RestoreTaskId … The ID of the Restoration Task." (the seed does not say how they combine; the metadata edition holds the metadata's words)
    Metadata: "Specify either this parameter or BackupPlanId. An error is reported if you specify both."
    Given a "BackupPlanId" value from the full listing, called plan
    And a "RestoreTaskId" value whose "BackupPlanId" is "{{plan}}", called mine
    When I list restore tasks with:
      | BackupPlanId  | {{plan}} |
      | RestoreTaskId | {{mine}} |
    Then the answer is an error

  @DBS.Request.Timestamps @defect:DBS-D24 @contract:metadata
  @basis:documented
  Scenario: StartTimestamp and EndTimestamp, which only the metadata documents, are accepted
    Doc: "Request parameters" (the seed lists neither parameter; the metadata documents both as int64)
    Metadata: "The start time of the backup." / "The end time of the backup."
    When I list restore tasks with:
      | StartTimestamp | 0             |
      | EndTimestamp   | 4102444800000 |
    Then the answer is a success

  @DBS.ClientToken
  @basis:documented
  Scenario: The same ClientToken twice gives the same answer
    Doc: "ClientToken … The client token that is used to ensure the idempotency of the request."
    Given a ClientToken from the run's seed, called token
    When I list restore tasks with ClientToken "{{token}}" twice
    Then both answers list the same restore tasks with the same TotalElements

  @DBS.ClientToken
  @basis:inferred
  Scenario: A ClientToken does not change what is listed
    Doc: "ClientToken … The client token that is used to ensure the idempotency of the request." (the page does not say it selects nothing: the reading is that it changes no listing)
    Given a ClientToken from the run's seed, called otherToken
    When I list restore tasks with ClientToken "{{otherToken}}"
    Then the answer is a success
    And the answer lists the same restore tasks as the same call without ClientToken

  @DBS.ClientToken
  @basis:inferred
  Scenario: A ClientToken used again with other parameters answers those parameters
    Doc: "ClientToken … The client token that is used to ensure the idempotency of the request." (the page does not say what a listing does with a token used again: the reading is that a listing is read anew, not the first answer replayed)
    Given a ClientToken from the run's seed, called againToken
    When I list restore tasks with:
      | ClientToken | {{againToken}} |
      | PageSize    | 30             |
    And I list restore tasks with:
      | ClientToken | {{againToken}} |
      | PageSize    | 50             |
    Then the answer is a success
    And the answer echoes PageSize 50
    And the answer lists the same restore tasks as the same call without ClientToken
