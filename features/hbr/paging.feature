@hbr @read-only
Feature: HBR DescribeRestoreJobs2 — paging
  Seed page 000_3047ce2f2f763c6a.txt, "Request parameters" and "Response elements".
  PageNumber: "The page number. Pages start from page 1. Default value: 1."
  PageSize: "The number of entries per page. Valid values: 1 to 99. Default value: 10."
  TotalCount: "The total number of records."

  @HBR.PageSize
  @basis:documented
  Scenario Outline: PageSize <size> is within 1 to 99, so it is accepted and echoed
    Doc: "PageSize … Valid values: 1 to 99."
    When I list restore jobs with PageSize "<size>"
    Then the answer is a success
    And the answer echoes PageSize <size>
    And the page holds at most <size> items

    Examples:
      | size |
      | 1    |
      | 2    |
      | 50   |
      | 98   |
      | 99   |

  @HBR.PageSize @negative @defect:HBR-D25
  @basis:inferred
  Scenario Outline: PageSize <size> is outside 1 to 99, so it is rejected
    Doc: "PageSize integer No The number of entries per page. Valid values: 1 to 99." (the page does not say what the service does with another value or a non-integer: the reading is an error)
    When I list restore jobs with PageSize "<size>"
    Then the answer is an error

    Examples:
      | size | why             |
      | 0    | below 1         |
      | 100  | above 99        |
      | -1   | negative        |
      | 1000 | far above 99    |
      | abc  | not an integer  |
      | 1.5  | not an integer  |

  @HBR.PageSize.Default
  @basis:documented
  Scenario: PageSize defaults to 10
    Doc: "PageSize … Default value: 10."
    When I list restore jobs
    Then the answer is a success
    And the answer echoes PageSize 10
    And the page holds at most 10 items
    And the answer lists the same restore jobs as a call with PageSize "10"

  @HBR.PageNumber.Default
  @basis:documented
  Scenario: PageNumber defaults to 1
    Doc: "PageNumber … Pages start from page 1. Default value: 1."
    When I list restore jobs with PageSize "3"
    Then the answer is a success
    And the answer echoes PageNumber 1
    And the answer lists the same restore jobs as a call with:
      | PageSize   | 3 |
      | PageNumber | 1 |

  @HBR.PageNumber
  @basis:documented
  Scenario Outline: The answer echoes the requested PageNumber <page> and PageSize <size>
    Doc: "Response elements" … "PageNumber integer The page number." / "PageSize integer The number of entries per page."
    When I list restore jobs with:
      | PageNumber | <page> |
      | PageSize   | <size> |
    Then the answer is a success
    And the answer echoes PageNumber <page>
    And the answer echoes PageSize <size>

    Examples:
      | page | size |
      | 1    | 1    |
      | 2    | 5    |
      | 3    | 99   |

  @HBR.PageNumber @negative
  @basis:inferred
  Scenario Outline: PageNumber <page> is not a page number, so it is rejected
    Doc: "PageNumber … Pages start from page 1." (the page gives PageNumber no valid values and does not say what the service does with 0, a negative number or text: the reading is an error)
    When I list restore jobs with PageNumber "<page>"
    Then the answer is an error

    Examples:
      | page |
      | 0    |
      | -1   |
      | abc  |

  @HBR.Paging.Walk
  @basis:inferred
  Scenario Outline: Walking every page of <size> yields TotalCount distinct jobs, none twice, no page over <size>
    Doc: "TotalCount integer The total number of records." / "Pages start from page 1." (the page does not say that pages split the records without overlap, nor what a page past the last holds: a reading)
    When I walk every page of restore jobs with PageSize <size>
    Then the pages together hold every restore job exactly once
    And a page past the last is empty and reports the same TotalCount

    Examples:
      | size |
      | 99   |
      | 10   |

  @HBR.Paging.Walk
  @basis:inferred
  Scenario: Pages of different sizes hold the same jobs in the same order
    Doc: "Pages start from page 1." (the page says nothing of order: the reading is that page N of size S holds items S×(N−1)+1 to S×N of one listing, whatever S)
    When I walk every page of restore jobs with PageSize 7
    Then the walk lists the same restore jobs in the same order as a walk with PageSize 99

  @HBR.Paging.PastTheEnd
  @basis:inferred
  Scenario: A page far past the end is empty and reports the true TotalCount
    Doc: "TotalCount integer The total number of records." (the page does not say what a page past the last holds: the reading is no items and the same TotalCount)
    Given the full listing of restore jobs
    When I list restore jobs with:
      | PageNumber | 100000 |
      | PageSize   | 99     |
    Then the answer is a success
    And the page holds no items
    And the answer reports the full listing's TotalCount
