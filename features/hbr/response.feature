@hbr @read-only
Feature: HBR DescribeRestoreJobs2 — response elements and envelopes
  Seed page 000_3047ce2f2f763c6a.txt, "Response elements" and "Examples".
  Every answer of every scenario is validated against schemas/hbr/response.schema.json (success) or
  schemas/hbr/error.schema.json (error): field types, enums, ranges. These scenarios state the clauses
  that a single schema keyword cannot.

  @HBR.Response.Envelope
  @basis:documented
  Scenario: A success answer carries the documented envelope
    Doc: "Success … true: The request was successful." / "Code … A value of 200 indicates that the request was successful." / "Message … If the request was successful, \"successful\" is returned." / "RequestId string The request ID."
    When I list restore jobs
    Then the answer is a success
    And the answer's "Success" is true
    And the answer's "Code" is "200"
    And the answer's "Message" is "successful"
    And the answer carries a RequestId

  @HBR.Response.Items @defect:HBR-D18 @defect:HBR-D23
  @basis:documented
  Scenario: Every field of every restore job has its documented type, enum and range
    Doc: "Response elements" — RestoreJobs.RestoreJob[]: SnapshotHash … TargetInstanceId
    When I walk every page of restore jobs with PageSize 99
    Then every page validates against the response schema

  @HBR.Response.Timestamps
  @basis:documented
  Scenario Outline: <field> is a UNIX timestamp in seconds
    Doc: "<field> … This value is a UNIX timestamp. Unit: seconds."
    Given the full listing of restore jobs
    Then every restore job's "<field>", where present, counts seconds

    Examples:
      | field        |
      | CreatedTime  |
      | CompleteTime |
      | StartTime    |
      | UpdatedTime  |

  @HBR.Response.JsonInString
  @basis:inferred
  Scenario Outline: <field> holds JSON inside a string, and it parses
    Doc: "<field> string" — <doc> (typed string only; the Example column shows JSON text, and the page never says the value is JSON: a reading)
    Given the full listing of restore jobs
    Then every restore job's "<field>", where present, is a string that parses as JSON

    Examples:
      | field          | doc                                                       |
      | UdmDetail      | The details of the entire instance backup.                |
      | Options        | Indicates whether to use VSS to define the restore path.  |
      | Include        | The restore paths that are included in the restore job.   |
      | Exclude        | The path to the files that you do not want to restore.    |
      | FailbackDetail | The details of the VMware failback task.                  |

  @HBR.Response.TypeSpecificFields
  @basis:documented
  Scenario Outline: <field> appears only on restore jobs whose SourceType is ECS_FILE
    Doc: "<field> … This parameter is returned only when SourceType is set to ECS_FILE."
    Given the full listing of restore jobs
    Then every restore job that has "<field>" has "SourceType" equal to "ECS_FILE"

    Examples:
      | field       |
      | ActualItems |
      | ItemsDone   |
      | ItemsTotal  |

  @HBR.Response.TypeSpecificFields @defect:HBR-D24
  @basis:documented
  Scenario Outline: <field> appears only on restore jobs of <type> backups
    Doc: "<field> … This parameter is returned only for <type> backups." (an <type> backup is a job whose SourceType is <type>; the page's own ECS_FILE example carries these fields, HBR-D24: the sentence is the rule)
    Given the full listing of restore jobs
    Then every restore job that has "<field>" has "SourceType" equal to "<type>"

    Examples:
      | field              | type |
      | TargetBucket       | OSS  |
      | TargetPrefix       | OSS  |
      | TargetFileSystemId | NAS  |
      | TargetCreateTime   | NAS  |

  @HBR.Response.Metering @defect:HBR-D17
  @basis:documented
  Scenario Outline: <field> of an ARCHIVE restore job is rounded up to the nearest 1 MB
    Doc: "<field> … This parameter is valid only when StorageClass is set to ARCHIVE. The value is rounded up to the nearest 1 MB." (1 MB read as 1048576 bytes, the example's value)
    Given the full listing of restore jobs
    Then every restore job whose "StorageClass" is "ARCHIVE" has "<field>" a multiple of 1048576, where present

    Examples:
      | field              |
      | MeteringBytesDone  |
      | MeteringBytesTotal |

  @HBR.Response.Progress @defect:HBR-D07
  @basis:inferred
  Scenario: Progress is a percentage times 100: 10000 means done
    Doc: "Progress integer The restore progress. The value is calculated using the formula: 100% × 100." (not a formula as written; the reading, with the example 10000: percent × 100, so 0 to 10000)
    Given the full listing of restore jobs
    Then every restore job's "Progress", where present, is between 0 and 10000

  @HBR.Response.Progress @defect:HBR-D07
  @basis:inferred
  Scenario: A completed restore job is at Progress 10000, that is 100% × 100
    Doc: "The value is calculated using the formula: 100% × 100." / "COMPLETE: The job is successful." (the page does not say a successful job is at 100%: the reading rests on the example job, "\"Status\": \"COMPLETE\"" with "\"Progress\": 10000")
    Given the full listing of restore jobs
    Then every restore job whose "Status" is "COMPLETE" has "Progress" 10000, where present

  @HBR.Error.Envelope @negative @defect:HBR-D19
  @basis:inferred @level:MUST
  Scenario: An error answer carries a RequestId, a code and a message
    Doc: "false: The request failed." / "If the request failed, an error message is returned." / "RequestId string The request ID." (the page shows no error answer: that an error carries the RequestId of the same table is a reading; PageSize abc is not an integer, the parameter's type)
    Level: MUST — an error that names neither its request nor its code cannot be judged or reported, and every Alibaba Cloud RPC error carries RequestId, Code and Message (the error schema requires them of every error answer)
    When I list restore jobs with PageSize "abc"
    Then the answer is an error, else there is no error answer to judge
    And the answer carries a RequestId

  @HBR.Error.Code @negative
  @basis:documented
  Scenario: An error answer's Code is not 200, which means success
    Doc: "Code string The return code. A value of 200 indicates that the request was successful." (so a failed request cannot say 200; PageSize abc is not an integer, the parameter's type)
    When I list restore jobs with PageSize "abc"
    Then the answer is an error, else there is no error answer to judge
    And the answer's "Code" is not "200"

  @HBR.Protocol.UnknownAction @negative
  @basis:convention
  Scenario: An unknown action is rejected
    Doc: convention, not on the page: an RPC endpoint answers an Action it does not serve with an error (the page's RAM table names one action, "hbr:DescribeRestoreJobs2")
    When I call the action "DescribeRestoreJobs2NoSuchAction" instead
    Then the answer is an error

  @HBR.Protocol.Version @negative
  @basis:convention
  Scenario: The action under another API version is rejected
    Doc: convention, not on the page: an RPC endpoint answers an API Version it does not serve with an error (the page names no version; 2017-09-08 is the kit's, from docs/seeds/README.md)
    When I call the action under version "2001-01-01" instead
    Then the answer is an error
