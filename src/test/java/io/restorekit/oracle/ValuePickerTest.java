package io.restorekit.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ValuePickerTest {

    @Test
    void picksANumberNearTheMiddleThatSeveralItemsShare() {
        var items = Items.of("a t=1", "b t=2", "c t=5", "d t=5", "e t=9", "f t=12", "g t=20");
        assertThat(ValuePicker.one(items, "t")).contains("5");
    }

    @Test
    void picksTheMedianWhenNoValueIsShared() {
        assertThat(ValuePicker.one(Items.of("a t=30", "b t=10", "c t=20"), "t")).contains("20");
    }

    @Test
    void picksTheMostCommonTextValueThatNotEveryItemHolds() {
        var items = Items.of("a s=X v=1", "b s=X v=2", "c s=Y v=2", "d s=X v=2");
        assertThat(ValuePicker.one(items, "s")).contains("X");
        assertThat(ValuePicker.one(Items.of("a r=same", "b r=same", "c r=other"), "r")).contains("same");
        assertThat(ValuePicker.one(Items.of("a r=all", "b r=all", "c r=one"), "r")).contains("all");
    }

    @Test
    void twoNumbersAreTheQuartilesInOrder() {
        var items = Items.of("a t=1", "b t=2", "c t=3", "d t=4", "e t=5", "f t=6", "g t=7", "h t=8");
        assertThat(ValuePicker.two(items, "t")).contains(List.of("3", "7"));
        assertThat(ValuePicker.two(Items.of("a t=1"), "t")).isEmpty();
    }

    @Test
    void togetherFindsValuesThatCoOccurButAlsoApart() {
        var items = Items.of("a v=1 s=OK", "b v=1 s=BAD", "c v=2 s=OK");
        assertThat(ValuePicker.together(items, "v", "s")).contains(List.of("1", "OK"));
        assertThat(ValuePicker.together(Items.of("a v=1 s=OK", "b v=2 s=BAD"), "v", "s")).isEmpty();
    }

    @Test
    void absentFieldsGiveNothingToPick() {
        assertThat(ValuePicker.one(Items.of("a x=1"), "t")).isEmpty();
    }
}
