@udm @read-only
Feature: Synthetic DescribeUdmRestoreJobs — a third API added with no Java
  The kit's own fixture: a descriptor, schemas, a rules file, a dataset and a mapping, and these scenarios, which
  reuse the step phrases of the two real APIs, naming its items by its descriptor's noun, "backup job".

  @UDM.PageSize
  @basis:documented
  Scenario Outline: PageSize <size> is within 1 to 50, so it is accepted and echoed
    Doc: "PageSize … Valid values: 1 to 50."
    When I list backup jobs with PageSize "<size>"
    Then the answer is a success
    And the answer echoes PageSize <size>
    And the page holds at most <size> items

    Examples:
      | size |
      | 1    |
      | 50   |

  @UDM.PageSize @negative
  @basis:documented
  Scenario Outline: PageSize <size> is outside 1 to 50, so it is rejected
    Doc: "PageSize … Valid values: 1 to 50."
    When I list backup jobs with PageSize "<size>"
    Then the answer is an error

    Examples:
      | size |
      | 0    |
      | 51   |

  @UDM.PageSize.Default
  @basis:documented
  Scenario: PageSize defaults to 20
    Doc: "PageSize … Default value: 20."
    When I list backup jobs
    Then the answer is a success
    And the answer echoes PageSize 20
    And the answer lists the same backup jobs as a call with PageSize "20"

  @UDM.PageNumber.Default
  @basis:documented
  Scenario: PageNumber defaults to 1
    Doc: "PageNumber … Pages start from 1. Default value: 1."
    When I list backup jobs with PageSize "3"
    Then the answer is a success
    And the answer echoes PageNumber 1
    And the answer lists the same backup jobs as a call with:
      | PageSize   | 3 |
      | PageNumber | 1 |

  @UDM.Paging.Walk
  @basis:documented
  Scenario: Walking every page yields TotalCount distinct jobs, none twice
    Doc: "TotalCount … The total number of restore jobs."
    When I walk every page of backup jobs with PageSize 7
    Then the pages together hold every backup job exactly once
    And a page past the last is empty and reports the same TotalCount
    And the walk lists the same backup jobs in the same order as a walk with PageSize 50

  @UDM.VaultId
  @basis:documented
  Scenario: VaultId restricts the listing to the jobs of that vault
    Doc: "VaultId … The ID of the backup vault."
    Given the full listing of backup jobs
    And a "VaultId" value from the full listing, called vault
    When I list all backup jobs with VaultId "{{vault}}"
    Then the listing holds exactly the full listing's backup jobs whose "VaultId" is "{{vault}}"

  @UDM.Status
  @basis:documented
  Scenario Outline: Status <status> restricts the listing to the jobs in that status
    Doc: "Status … The status of the restore job."
    Given the full listing of backup jobs
    When I list all backup jobs with Status "<status>"
    Then the listing holds exactly the full listing's backup jobs whose "Status" is "<status>"

    Examples:
      | status   |
      | COMPLETE |
      | FAILED   |
      | RUNNING  |

  @UDM.Status @negative
  @basis:documented
  Scenario: A Status the API does not list is rejected
    Doc: "Status … The status of the restore job." (RUNNING, COMPLETE, FAILED)
    When I list backup jobs with Status "PAUSED"
    Then the answer is an error

  @UDM.Response.Items
  @basis:documented
  Scenario: Every backup job has its documented type, enum and range
    Doc: "RestoreJobs.RestoreJob[] … One restore job."
    When I walk every page of backup jobs with PageSize 50
    Then every page validates against the response schema

  @UDM.Response.Timestamps
  @basis:documented
  Scenario Outline: <field> is a UNIX timestamp in seconds
    Doc: "<field> … UNIX timestamp, seconds."
    Given the full listing of backup jobs
    Then every backup job's "<field>", where present, counts seconds

    Examples:
      | field        |
      | CreatedTime  |
      | CompleteTime |

  @UDM.Protocol.UnknownAction @negative
  @basis:convention
  Scenario: An unknown action is rejected
    Doc: convention: an RPC endpoint answers an Action it does not serve with an error
    When I call the action "DescribeUdmRestoreJobsNoSuchAction" instead
    Then the answer is an error

  @UDM.Protocol.Version @negative
  @basis:convention
  Scenario: The action under another API version is rejected
    Doc: convention: an RPC endpoint answers an API Version it does not serve with an error
    When I call the action under version "2001-01-01" instead
    Then the answer is an error
