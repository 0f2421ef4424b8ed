@dbs @read-only
Feature: DBS DescribeRestoreTaskList — paging
  Seed page 002_8701cbfe4df35ac9.txt, "Request parameters" and "Response parameters".
  PageSize: "The number of records on each page. Valid values:" 30, 50, 100; "Note Default value: 30."
  PageNum: "The number of the page to return. Valid values: any non-zero positive Integer. Default value: 0."
  The page contradicts itself on PageNum (DBS-D04, DBS-D05 in docs/doc-defects.md): the kit follows the stated
  default and the sample answer ("PageNum": 0), so pages are numbered from 0.

  @DBS.PageSize
  @basis:documented
  Scenario Outline: PageSize <size> is one of 30, 50 and 100, so it is accepted and echoed
    Doc: "PageSize … The number of records on each page. Valid values: 30 50 100" (a list: 30, 50, 100)
    When I list restore tasks with PageSize "<size>"
    Then the answer is a success
    And the answer echoes PageSize <size>
    And the page holds at most <size> items

    Examples:
      | size |
      | 30   |
      | 50   |
      | 100  |

  @DBS.PageSize @negative @defect:DBS-D22
  @basis:inferred
  Scenario Outline: PageSize <size> is not 30, 50 or 100, so it is rejected
    Doc: "PageSize … The number of records on each page. Valid values: 30 50 100" (the page does not say what the service does with another value or a non-integer: the reading is an error)
    When I list restore tasks with PageSize "<size>"
    Then the answer is an error

    Examples: outside 1 to 100 too, so rejected under both contract editions
      | size |
      | 101  |
      | 0    |
      | -30  |
      | abc  |

    @contract:seed
    Examples: inside the metadata's 1 to 100, so rejected under the seed edition only (DBS-D22)
      | size |
      | 10   |
      | 31   |
      | 99   |

  @DBS.PageSize @defect:DBS-D22 @contract:metadata
  @basis:documented
  Scenario Outline: PageSize <size> is within the metadata's 1 to 100, so it is accepted and echoed
    Doc: "PageSize … The number of records on each page." (the seed lists 30, 50, 100; the metadata edition holds the metadata's range)
    Metadata: "The number of entries to return on each page. Valid values: 1 to 100."
    When I list restore tasks with PageSize "<size>"
    Then the answer is a success
    And the answer echoes PageSize <size>
    And the page holds at most <size> items

    Examples:
      | size |
      | 1    |
      | 31   |
      | 99   |

  @DBS.PageSize.Default
  @basis:documented
  Scenario: PageSize defaults to 30
    Doc: "PageSize … Note Default value: 30."
    When I list restore tasks
    Then the answer is a success
    And the answer echoes PageSize 30
    And the page holds at most 30 items
    And the answer lists the same restore tasks as a call with PageSize "30"

  @DBS.PageNum.Default @defect:DBS-D04 @defect:DBS-D05
  @basis:documented
  @level:SHOULD
  Scenario: PageNum omitted equals PageNum 0
    Doc: "PageNum … Default value: 0." / sample answer: "\"PageNum\": 0," (the same sentence says "Valid values: any non-zero positive Integer.", DBS-D04)
    Level: SHOULD — the page calls 0 both the default and not a valid value (DBS-D04): a target that rejects an explicit PageNum 0 follows its words "Valid values: any non-zero positive Integer."
    When I list restore tasks
    Then the answer is a success
    And the answer echoes PageNum 0
    And the answer lists the same restore tasks as a call with PageNum "0"

  @DBS.PageNum @defect:DBS-D05
  Scenario Outline: The answer echoes the requested PageNum <page> and PageSize <size>
    Doc: "PageNum Integer 1 The page number of the page to be returned." / "PageSize Integer 30 The number of records per page."
    Level: SHOULD — for PageNum 0 only: the page calls 0 both the default and not a valid value (DBS-D04), so a target may reject it by its words "Valid values: any non-zero positive Integer."
    When I list restore tasks with:
      | PageNum  | <page> |
      | PageSize | <size> |
    Then the answer is a success
    And the answer echoes PageNum <page>
    And the answer echoes PageSize <size>

    @basis:documented
    @level:SHOULD
    Examples: PageNum 0, the documented default
      | page | size |
      | 0    | 30   |

    @basis:documented
    Examples: PageNum from 1
      | page | size |
      | 1    | 50   |
      | 2    | 100  |

  @DBS.PageNum @negative @defect:DBS-D04
  @basis:inferred
  Scenario Outline: PageNum <page> is not a page number, so it is rejected
    Doc: "PageNum … Valid values: any non-zero positive Integer." (0 is the documented default; the page does not say what the service does with another value: the reading is an error)
    When I list restore tasks with PageNum "<page>"
    Then the answer is an error

    Examples:
      | page |
      | -1   |
      | abc  |

  @DBS.TotalPages @defect:DBS-D19
  @basis:inferred
  Scenario Outline: TotalPages is TotalElements divided by PageSize <size>, rounded up
    Doc: "TotalPages Integer 1 The total number of returned pages." / "TotalElements Integer 1 The total number of recovery tasks." (the page gives no formula, and "returned pages" may mean this call's: the reading is TotalElements over PageSize rounded up, DBS-D19)
    When I list restore tasks with PageSize "<size>"
    Then the answer is a success
    And TotalPages is TotalElements divided by the page size, rounded up

    Examples:
      | size |
      | 30   |
      | 50   |
      | 100  |

  @DBS.TotalPages
  @basis:inferred
  Scenario: A listing that fills its pages exactly has no extra page
    Doc: "TotalPages Integer 1 The total number of returned pages." (the reading: 30 tasks at 30 a page make one page, not two)
    Given the full listing of restore tasks
    And 30 different "RestoreTaskId" values from the full listing, called ids
    When I list restore tasks with:
      | RestoreTaskId | {{ids}} |
      | PageSize      | 30      |
    Then the answer is a success
    And the answer's "TotalElements" is 30
    And TotalPages is TotalElements divided by the page size, with no extra page

  @DBS.Paging.Walk
  @basis:inferred
  Scenario Outline: Walking every page of <size> yields every task exactly once
    Doc: "TotalElements Integer 1 The total number of recovery tasks." / "PageNum … The number of the page to return." (the page does not say that pages split the tasks without overlap, nor what a page past the last holds: a reading)
    When I walk every page of restore tasks with PageSize <size>
    Then the pages together hold every restore task exactly once
    And a page past the last is empty and reports the same TotalElements

    Examples:
      | size |
      | 100  |
      | 30   |

  @DBS.Paging.Walk
  @basis:inferred
  Scenario: Pages of different sizes hold the same tasks in the same order
    Doc: "PageNum … The number of the page to return." / "PageSize … The number of records on each page." (the page says nothing of order: the reading is one listing, cut into pages)
    When I walk every page of restore tasks with PageSize 30
    Then the walk lists the same restore tasks in the same order as a walk with PageSize 100
