package io.restorekit.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The typed judgements of two listings against each other: same order, and a split of the full listing. */
class ListingComparisonsTest {
    @Test
    void theSameIdsInTheSameOrderDifferInNothing() {
        assertThat(OrderDifference.of(List.of("r1", "r2"), List.of("r1", "r2"))).isEmpty();
    }

    @Test
    void theSameIdsInAnotherOrderNameTheFirstPositionWhereTheyPart() {
        OrderDifference d = OrderDifference.of(List.of("r1", "r2", "r3"), List.of("r1", "r3", "r2")).orElseThrow();

        assertThat(d.sameIds()).isTrue();
        assertThat(d.describe()).isEqualTo("the order differs (first at position 2)");
    }

    @Test
    void otherIdsAreDescribedAsTheListingDifference() {
        OrderDifference d = OrderDifference.of(List.of("r1", "r2"), List.of("r1", "r9")).orElseThrow();

        assertThat(d.sameIds()).isFalse();
        assertThat(d.describe()).isEqualTo("1 missing (r2); 1 unexpected (r9)");
    }

    @Test
    void aPartitionHoldsWhenEveryIdIsInExactlyOneListing() {
        assertThat(Partition.of(List.of("r1", "r2", "r3"), List.of("r1"), List.of("r2", "r3")).holds()).isTrue();
    }

    @Test
    void aPartitionNamesTheIdsInBothAndInNeither() {
        Partition p = Partition.of(List.of("r1", "r2", "r3"), List.of("r1", "r2"), List.of("r2"));

        assertThat(p.holds()).isFalse();
        assertThat(p.inBoth()).containsExactly("r2");
        assertThat(p.inNeither()).containsExactly("r3");
    }
}
