@hbr @read-only
Feature: HBR DescribeRestoreJobs2 — RestoreType and Edition
  Seed page 000_3047ce2f2f763c6a.txt, "Request parameters".
  RestoreType: "The type of the data source. Valid values:" ECS_FILE, OSS, NAS, COMMON_FILE_SYSTEM, OTS_TABLE, UDM_ECS_ROLLBACK.
  Edition: "The edition type. Valid values: BASIC and STANDARD. Default value: STANDARD."

  @HBR.RestoreType @defect:HBR-D06
  @basis:inferred
  Scenario Outline: RestoreType <type> restricts the listing to restore jobs of that type
    Doc: "RestoreType string No The type of the data source. Valid values: … <type>:" (the page does not say which job field it selects on: its words are SourceType's, "The type of the data source."; the reading is the job's RestoreType, "The type of the restore job.", HBR-D06)
    Given the full listing of restore jobs
    And the full listing has a restore job whose "RestoreType" is "<type>"
    When I list all restore jobs with RestoreType "<type>"
    Then the listing holds exactly the full listing's restore jobs whose "RestoreType" is "<type>"

    Examples:
      | type               |
      | ECS_FILE           |
      | OSS                |
      | NAS                |
      | OTS_TABLE          |
      | UDM_ECS_ROLLBACK   |

    @contract:seed
    Examples: not in the metadata's list, so under the seed edition only (HBR-D26)
      | type               |
      | COMMON_FILE_SYSTEM |

  @HBR.RestoreType @defect:HBR-D06 @defect:HBR-D26
  @basis:inferred
  Scenario Outline: RestoreType <type> is accepted even when no restore job has it
    Doc: "RestoreType … Valid values: … <type>:" (a documented value; that it selects on the job's RestoreType field is a reading, HBR-D06)
    When I list restore jobs with RestoreType "<type>"
    Then the answer is a success
    And every listed restore job has "RestoreType" equal to "<type>"

    Examples:
      | type               |
      | ECS_FILE           |
      | OSS                |
      | NAS                |
      | OTS_TABLE          |
      | UDM_ECS_ROLLBACK   |

    @contract:seed
    Examples: not in the metadata's list, so under the seed edition only (HBR-D26)
      | type               |
      | COMMON_FILE_SYSTEM |

  @HBR.RestoreType
  @basis:inferred
  Scenario: RestoreType and Filters together keep only the restore jobs that match both
    Doc: "RestoreType string No The type of the data source." / "Filters array<object> No The key-value pairs of the filter." (the page does not say how parameters combine: the reading is that every restriction applies)
    Given the full listing of restore jobs
    And a "RestoreType" value and a "Status" value that occur together but not always, called type and s
    When I list all restore jobs with RestoreType "{{type}}" and filters:
      | Key    | Operator | Values |
      | Status | EQUAL    | {{s}}  |
    Then the listing holds exactly the full listing's restore jobs whose "RestoreType" is "{{type}}" and kept by the filters

  @HBR.RestoreType @negative @defect:HBR-D06
  @basis:inferred
  Scenario Outline: RestoreType "<type>" is not a documented value, so it is rejected
    Doc: "RestoreType … Valid values: ECS_FILE: restores ECS files. … UDM_ECS_ROLLBACK: restores an entire ECS instance." (the page does not say what the service does with a value it does not list, nor whether case counts: the reading is an error)
    When I list restore jobs with RestoreType "<type>"
    Then the answer is an error

    Examples:
      | type       | why                                           |
      | FTP        | not a data source type                        |
      | ecs_file   | documented values are upper case              |
      | UDM_ECS    | a SourceType value, not a RestoreType value   |

    @contract:metadata @defect:HBR-D26
    Examples: the metadata lists ECS_FILE, OSS, NAS, OTS_TABLE and UDM_ECS_ROLLBACK only
      | type               | why                                   |
      | COMMON_FILE_SYSTEM | not in the metadata's RestoreType list |

  @HBR.Edition.Default
  @basis:documented
  Scenario: Edition omitted equals Edition STANDARD
    Doc: "Edition … Default value: STANDARD."
    When I walk every page of restore jobs with PageSize 99
    Then the walk lists the same restore jobs in the same order as a walk with Edition "STANDARD"

  @HBR.Edition
  @basis:documented
  Scenario Outline: Edition <edition> is accepted
    Doc: "Edition string No The edition type. Valid values: BASIC and STANDARD."
    When I list restore jobs with Edition "<edition>"
    Then the answer is a success

    Examples:
      | edition  |
      | BASIC    |
      | STANDARD |

  @HBR.Edition
  @basis:inferred
  Scenario: Each job belongs to one edition: BASIC and STANDARD listings share no job
    Doc: "Edition string No The edition type. Valid values: BASIC and STANDARD." (the page does not say a job belongs to one edition only: a reading)
    When I walk every page of restore jobs with Edition "BASIC"
    Then the walk shares no restore job with a walk with Edition "STANDARD"

  @HBR.Edition @negative
  @basis:inferred
  Scenario Outline: Edition "<edition>" is not BASIC or STANDARD, so it is rejected
    Doc: "Edition … Valid values: BASIC and STANDARD." (the page does not say what the service does with another value, nor whether case counts: the reading is an error)
    When I list restore jobs with Edition "<edition>"
    Then the answer is an error

    Examples:
      | edition    |
      | PREMIUM    |
      | basic      |
