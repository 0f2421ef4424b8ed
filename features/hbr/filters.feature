@hbr @read-only
Feature: HBR DescribeRestoreJobs2 — Filters
  Seed page 000_3047ce2f2f763c6a.txt, "Request parameters" → Filters.
  Filters: "The key-value pairs of the filter." Each has Key, Operator and Values.
  Operator: "The operator to use for matching the key and value. Default value: IN."
  Note: "The IN operator is not supported when you use CompleteTime as the key."
  Expectations come from the target's own data: a filtered listing must equal the full listing
  filtered client-side. Keys whose item field the docs do not name (RegionId, PlanId, JobId) or name
  ambiguously (InstanceId, Bucket, FileSystemId) are judged by no-match and partition checks.

  Background:
    Given the full listing of restore jobs

  @HBR.Filters.Operator
  @basis:documented
  Scenario Outline: <operator> on CompleteTime keeps exactly the jobs completed <meaning> the picked time
    Doc: "Operator … <operator>: <doc>"
    Given a "CompleteTime" value from the full listing, called t
    When I list all restore jobs with filters:
      | Key          | Operator   | Values |
      | CompleteTime | <operator> | {{t}}  |
    Then the listing holds exactly the full listing's restore jobs kept by the filters

    Examples:
      | operator              | meaning                 | doc                               |
      | EQUAL                 | exactly at              | equal to                          |
      | NOT_EQUAL             | not at                  | not equal to                      |
      | GREATER_THAN          | strictly after          | greater than                      |
      | GREATER_THAN_OR_EQUAL | at or after             | greater than or equal to          |
      | LESS_THAN             | strictly before         | less than                         |
      | LESS_THAN_OR_EQUAL    | at or before            | less than or equal to             |

  @HBR.Filters.Operator
  @basis:documented
  Scenario: GREATER_THAN is strict and GREATER_THAN_OR_EQUAL inclusive: they differ by the jobs at the limit
    Doc: "GREATER_THAN: greater than" / "GREATER_THAN_OR_EQUAL: greater than or equal to"
    Given a "CompleteTime" value from the full listing, called t
    When I list all restore jobs with filters:
      | Key          | Operator              | Values |
      | CompleteTime | GREATER_THAN_OR_EQUAL | {{t}}  |
    Then the listing holds exactly the full listing's restore jobs kept by the filters
    And the listing holds the restore jobs whose "CompleteTime" equals "{{t}}"

  @HBR.Filters.Operator @defect:HBR-D11
  @basis:inferred
  Scenario: BETWEEN keeps the jobs between the lower and the upper limit, both limits included
    Doc: "BETWEEN: between. The value is a JSON array that contains a lower limit and an upper limit." (the page does not say whether the limits themselves are kept, nor how the two limits are sent: the reading is both kept, sent as two Values)
    Given two different "CompleteTime" values from the full listing, called low and high
    When I list all restore jobs with filters:
      | Key          | Operator | Values             |
      | CompleteTime | BETWEEN  | {{low}}, {{high}}  |
    Then the listing holds exactly the full listing's restore jobs kept by the filters
    And the listing holds the restore jobs whose "CompleteTime" equals "{{low}}"
    And the listing holds the restore jobs whose "CompleteTime" equals "{{high}}"

  @HBR.Filters.Operator
  @basis:documented
  Scenario Outline: <operator> on <key> keeps exactly the matching jobs
    Doc: "Operator … <operator>" with Key "<key>: <doc>"
    Given two different "<key>" values from the full listing, called a and b
    When I list all restore jobs with filters:
      | Key   | Operator   | Values   |
      | <key> | <operator> | <values> |
    Then the listing holds exactly the full listing's restore jobs kept by the filters

    Examples:
      | key     | operator  | values       | doc                              |
      | VaultId | EQUAL     | {{a}}        | the ID of the backup repository  |
      | VaultId | NOT_EQUAL | {{a}}        | the ID of the backup repository  |
      | VaultId | IN        | {{a}}, {{b}} | the ID of the backup repository  |
      | Status  | EQUAL     | {{a}}        | the status of the task           |
      | Status  | NOT_EQUAL | {{a}}        | the status of the task           |
      | Status  | IN        | {{a}}, {{b}} | the status of the task           |

  @HBR.Filters.Operator.Default
  @basis:documented
  Scenario: Without an Operator the filter means IN: several values keep the jobs matching any of them
    Doc: "Operator … Default value: IN." / "IN: in a set. The value is an array."
    Given two different "VaultId" values from the full listing, called a and b
    When I list all restore jobs with filters:
      | Key     | Operator | Values       |
      | VaultId |          | {{a}}, {{b}} |
    Then the listing holds exactly the full listing's restore jobs kept by the filters
    And the listing holds the restore jobs whose "VaultId" equals "{{a}}"
    And the listing holds the restore jobs whose "VaultId" equals "{{b}}"

  @HBR.Filters.Combined
  @basis:inferred
  Scenario: Several filters are combined: a job must match every one of them
    Doc: "Filters array<object> No The key-value pairs of the filter." (the page does not say how several filters combine: the reading is that a job must match every one)
    Given a "VaultId" value and a "Status" value that occur together but not always, called v and s
    When I list all restore jobs with filters:
      | Key     | Operator | Values |
      | VaultId | EQUAL    | {{v}}  |
      | Status  | EQUAL    | {{s}}  |
    Then the listing holds exactly the full listing's restore jobs kept by the filters

  @HBR.Filters.Key @defect:HBR-D13
  @basis:documented
  Scenario Outline: Filter key <key> with a value no job has keeps no job
    Doc: "Key … The key of the filter. Valid values: … <key>: <doc>" / "EQUAL: equal to"
    When I list all restore jobs with filters:
      | Key   | Operator | Values                   |
      | <key> | EQUAL    | kit-absent-value-7f3a9c1 |
    Then the answer holds no restore jobs or rejects the value

    Examples:
      | key          | doc                             |
      | RegionId     | the region ID                   |
      | PlanId       | the ID of the backup plan       |
      | JobId        | the ID of the backup job        |
      | VaultId      | the ID of the backup repository |
      | InstanceId   | the ID of the ECS instance      |
      | Bucket       | the name of the OSS bucket      |
      | FileSystemId | the ID of the file system       |
      | Status       | the status of the task          |

  @HBR.Filters.Key @defect:HBR-D13
  @basis:inferred
  Scenario Outline: Filter key <key>: EQUAL and NOT_EQUAL on one value split the full listing in two
    Doc: "Key … The key of the filter. Valid values: … <key>: <doc>" / "EQUAL: equal to" / "NOT_EQUAL: not equal to" (the page does not say which job field a key is matched on, nor on which side a job without it falls: the reading is that the two listings split the full one)
    Given a "<field>" value from the full listing, called v
    When I list all restore jobs with filters:
      | Key   | Operator | Values |
      | <key> | EQUAL    | {{v}}  |
    And I also list all restore jobs with filters:
      | Key   | Operator  | Values |
      | <key> | NOT_EQUAL | {{v}}  |
    Then the two listings together hold the full listing, with no restore job in both

    Examples:
      | key          | field              | doc                             |
      | InstanceId   | SourceInstanceId   | the ID of the ECS instance      |
      | Bucket       | TargetBucket       | the name of the OSS bucket      |
      | FileSystemId | TargetFileSystemId | the ID of the file system       |
      | VaultId      | VaultId            | the ID of the backup repository |
      | Status       | Status             | the status of the task          |
      | CompleteTime | CompleteTime       | the time when the task was completed |

  @HBR.Filters.Key @defect:HBR-D13
  @basis:inferred
  Scenario Outline: Filter key <key>: NOT_EQUAL a value no job has keeps every job
    Doc: "Key … The key of the filter. Valid values: … <key>: <doc>" / "NOT_EQUAL: not equal to" (the page names no job field for this key and does not say whether a job without it is kept: the reading is that a value no job has excludes none)
    When I list all restore jobs with filters:
      | Key   | Operator  | Values                   |
      | <key> | NOT_EQUAL | kit-absent-value-7f3a9c1 |
    Then the listing holds every restore job of the full listing

    Examples:
      | key      | doc                       |
      | RegionId | the region ID             |
      | PlanId   | the ID of the backup plan |
      | JobId    | the ID of the backup job  |

  @HBR.Filters.CompleteTime.NoIn @negative @defect:HBR-D12
  @basis:documented
  Scenario: IN is not supported with CompleteTime
    Doc: Note: "The IN operator is not supported when you use CompleteTime as the key."
    When I list restore jobs with filters:
      | Key          | Operator | Values                 |
      | CompleteTime | IN       | 1554347313, 1554347314 |
    Then the answer is an error

  @HBR.Filters.CompleteTime.NoIn @negative @defect:HBR-D12
  @basis:inferred
  Scenario: A CompleteTime filter without an Operator gets the default IN, which CompleteTime does not support
    Doc: "Operator … Default value: IN." / Note: "The IN operator is not supported when you use CompleteTime as the key." (the two sentences together, a reading: an omitted Operator on CompleteTime is IN, so unsupported, HBR-D12)
    When I list restore jobs with filters:
      | Key          | Operator | Values     |
      | CompleteTime |          | 1554347313 |
    Then the answer is an error

  @HBR.Filters.Key @negative
  @basis:inferred
  Scenario: An undocumented filter key is rejected
    Doc: "Key … The key of the filter. Valid values: RegionId: the region ID … CompleteTime: the time when the task was completed" (the page does not say what the service does with a key it does not list: the reading is an error)
    When I list restore jobs with filters:
      | Key         | Operator | Values |
      | NoSuchKey42 | EQUAL    | x      |
    Then the answer is an error

  @HBR.Filters.Operator @negative
  @basis:inferred
  Scenario: An undocumented operator is rejected
    Doc: "Operator … Valid values: EQUAL: equal to … IN: in a set. The value is an array." (the page does not say what the service does with an operator it does not list: the reading is an error)
    When I list restore jobs with filters:
      | Key     | Operator | Values |
      | VaultId | LIKE     | v-1    |
    Then the answer is an error
