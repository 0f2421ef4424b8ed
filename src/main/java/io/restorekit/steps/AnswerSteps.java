package io.restorekit.steps;

import com.fasterxml.jackson.databind.JsonNode;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import io.restorekit.api.ItemNouns.ItemNoun;
import io.restorekit.oracle.Listing;
import io.restorekit.oracle.ListingDifference;
import io.restorekit.clause.ClauseViolation;
import io.restorekit.wire.RpcRequest;
import io.restorekit.wire.RpcResponse;
import java.util.OptionalLong;

/** Judgements of one answer: success or error, echoes, page size, envelope fields, default equivalence. */
public class AnswerSteps {
    private final ScenarioState state;

    public AnswerSteps(ScenarioState state) {
        this.state = state;
    }

    @Then("the answer is a success")
    public void isSuccess() {
        state.session.expectSuccess(state.requireAnswer(), "");
    }

    @Then("the answer is an error")
    public void isError() {
        state.session.expectError(state.requireAnswer(), " to " + requestSummary(state.requireAnswer()));
    }

    /** For a clause about error answers: a target that accepted the request gave no error to judge. */
    @Then("the answer is an error, else there is no error answer to judge")
    public void isErrorElseSkip() {
        RpcResponse answer = state.requireAnswer();
        if (!answer.isError()) {
            ScenarioState.skip("the target accepted " + requestSummary(answer) + " (HTTP " + answer.status()
                    + "), so there is no error answer to judge");
        }
        isError();
    }

    @Then("the answer echoes {word} {long}")
    public void echoes(String field, long expected) {
        RpcResponse answer = state.requireAnswer();
        JsonNode echoed = answer.json().get(field);
        if (echoed == null || !echoed.isIntegralNumber() || echoed.asLong() != expected) {
            throw violation("The answer must echo " + field + " " + expected + ", but " + field + " is "
                    + (echoed == null ? "absent" : echoed.toString()), answer);
        }
    }

    @Then("the page holds at most {int} items")
    public void atMost(int size) {
        Listing listing = state.session.expectSuccess(state.requireAnswer(), "");
        if (listing.items().size() > size) {
            throw violation("A page of size " + size + " must hold at most " + size + " items, but holds "
                    + listing.items().size(), listing.response());
        }
    }

    @Then("the page holds no items")
    public void noItems() {
        Listing listing = state.session.expectSuccess(state.requireAnswer(), "");
        if (!listing.items().isEmpty()) {
            throw violation("The page must be empty, but holds " + listing.items().size() + " items", listing.response());
        }
    }

    @Then("the answer reports the full listing's {word}")
    public void reportsFullTotal(String field) {
        Listing listing = state.session.expectSuccess(state.requireAnswer(), "");
        long expected = state.requireFullListing().total();
        if (expected == 0) {
            ScenarioState.skip("the target lists no " + state.noun() + ", so a total of 0 on every page checks nothing");
        }
        OptionalLong actual = listing.total();
        if (actual.isEmpty() || actual.getAsLong() != expected) {
            throw violation(field + " must be the true total " + expected + " on every page, but is "
                    + (actual.isEmpty() ? "absent" : actual.getAsLong()), listing.response());
        }
    }

    @Then("the answer lists the same {items} as a call with {word} {string}")
    public void sameAsExplicit(ItemNoun items, String name, String value) {
        compareWith(state.session.request().with(name, value), name + " " + value);
    }

    @Then("the answer lists the same {items} as a call with:")
    public void sameAsExplicitTable(ItemNoun items, DataTable table) {
        compareWith(state.withRows(state.session.request(), table), table.asLists().toString());
    }

    @Then("both answers list the same {items} with the same {word}")
    public void bothSame(ItemNoun items, String totalField) {
        Listing first = state.session.expectSuccess(state.requireAnswer(), "");
        Listing second = state.session.expectSuccess(state.secondAnswer, "");
        if (first.ids().isEmpty() && second.ids().isEmpty() && first.total().equals(java.util.OptionalLong.of(0))) {
            ScenarioState.skip("both answers list no " + state.noun() + ", so comparing them checks nothing");
        }
        ListingDifference diff = ListingDifference.of(first.ids(), java.util.Set.of(), second.ids());
        if (!diff.none() || !first.ids().equals(second.ids()) || !first.total().equals(second.total())) {
            throw violation("The same request twice must give the same answer, but the second differs: " + diff.describe()
                    + "; " + totalField + " " + first.total() + " then " + second.total(), second.response());
        }
    }

    @Then("the answer's {string} is true")
    public void fieldIsTrue(String field) {
        JsonNode value = state.requireAnswer().json().get(field);
        if (value == null || !value.isBoolean() || !value.asBoolean()) {
            throw violation(field + " must be true, but is " + value, state.answer);
        }
    }

    @Then("the answer's {string} is {string}")
    public void fieldIsText(String field, String expected) {
        JsonNode value = state.requireAnswer().json().get(field);
        if (value == null || !value.isTextual() || !value.asText().equals(expected)) {
            throw violation(field + " must be the string \"" + expected + "\", but is " + value, state.answer);
        }
    }

    @Then("the answer's {string} is {long}")
    public void fieldIsNumber(String field, long expected) {
        JsonNode value = state.requireAnswer().json().get(field);
        if (value == null || !value.isIntegralNumber() || value.asLong() != expected) {
            throw violation(field + " must be the integer " + expected + ", but is " + value, state.answer);
        }
    }

    @Then("the answer's {string} is false")
    public void fieldIsFalse(String field) {
        JsonNode value = state.requireAnswer().json().get(field);
        if (value == null || !value.isBoolean() || value.asBoolean()) {
            throw violation(field + " must be false, but is " + value, state.answer);
        }
    }

    @Then("the answer's {string} is not {string}")
    public void fieldIsNot(String field, String forbidden) {
        JsonNode value = state.requireAnswer().json().get(field);
        if (value != null && value.asText().equals(forbidden)) {
            throw violation(field + " must not be " + forbidden + " here, but it is", state.answer);
        }
    }

    @Then("the answer carries a non-empty {string}")
    public void carriesNonEmpty(String field) {
        JsonNode value = state.requireAnswer().json().get(field);
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw violation("The answer must carry " + field + ", a non-empty string, but it is " + value, state.answer);
        }
    }

    @Then("the answer's {string} is the error's HTTP status")
    public void statusFieldOfErrorRequired(String field) {
        JsonNode value = state.requireAnswer().json().get(field);
        if (value == null || value.isNull()) {
            throw violation("The answer must carry " + field + ", the HTTP status code, but it does not", state.answer);
        }
        statusFieldOfError(field);
    }

    @Then("the answer carries a RequestId")
    public void carriesRequestId() {
        JsonNode value = state.requireAnswer().json().get("RequestId");
        if (value == null || !value.isTextual() || value.asText().isBlank()) {
            throw violation("Every answer must carry a RequestId, but it is " + value, state.answer);
        }
    }

    @Then("the answer's {string}, where present, is the error's HTTP status")
    public void statusFieldOfError(String field) {
        RpcResponse answer = state.requireAnswer();
        JsonNode value = answer.json().get(field);
        if (value == null || value.isNull()) {
            return;
        }
        boolean errorStatus = value.isIntegralNumber() && value.asInt() >= 400;
        if (!errorStatus || answer.status() >= 400 && value.asInt() != answer.status()) {
            throw violation(field + " is the HTTP status code, so on an error answer it must be "
                    + (answer.status() >= 400 ? "the answer's HTTP status " + answer.status() : "an error status (400 or more)")
                    + ", but it is " + value, answer);
        }
    }

    @Then("the answer lists the same {items} as the same call without {word}")
    public void sameWithout(ItemNoun items, String name) {
        Listing with = state.session.expectSuccess(state.requireAnswer(), "");
        RpcResponse other = state.session.send(state.requireAnswer().request().without(name));
        Listing without = state.session.expectSuccess(other, " without " + name);
        if (with.ids().isEmpty() && without.ids().isEmpty()) {
            ScenarioState.skip("neither answer lists a " + state.noun() + ", so comparing them checks nothing");
        }
        if (!with.ids().equals(without.ids()) || !with.total().equals(without.total())) {
            throw violation(name + " selects nothing, so the answer must not change without it, but with it "
                    + with.ids().size() + " items of " + total(with) + " were listed, without it " + without.ids().size()
                    + " of " + total(without) + "; " + ListingDifference.of(without.ids(), java.util.Set.of(), with.ids()).describe(),
                    state.answer);
        }
    }

    @Then("TotalPages is TotalElements divided by the page size, rounded up")
    public void totalPagesRoundedUp() {
        totalPagesArithmetic(true);
    }

    @Then("TotalPages is TotalElements divided by the page size, with no extra page")
    public void totalPagesExact() {
        totalPagesArithmetic(false);
    }

    /** {@code rounding}: the scenario is about rounding up, so a total every page size divides evenly judges nothing. */
    private void totalPagesArithmetic(boolean rounding) {
        Listing listing = state.session.expectSuccess(state.requireAnswer(), "");
        long size = listing.echoedSize().orElseThrow(() -> violation("The answer echoes no page size", state.answer));
        long total = listing.total().orElseThrow(() -> violation("The answer carries no total", state.answer));
        OptionalLong pages = listing.totalPages();
        if (total == 0) {
            ScenarioState.skip("the target lists no " + state.noun() + " (TotalElements 0), so there are no pages to count");
        }
        if (rounding && total % size == 0) {
            ScenarioState.skip(total + " " + state.noun() + "s fill pages of " + size + " exactly, so rounding up is not exercised");
        }
        long expected = (total + size - 1) / size;
        if (pages.isEmpty() || pages.getAsLong() != expected) {
            throw violation("With " + total + " items and page size " + size + ", the total number of pages must be "
                    + expected + ", but is " + (pages.isEmpty() ? "absent" : pages.getAsLong()), state.answer);
        }
    }

    private void compareWith(RpcRequest explicit, String what) {
        Listing implicit = state.session.expectSuccess(state.requireAnswer(), "");
        RpcResponse other = state.session.send(explicit);
        Listing explicitListing = state.session.expectSuccess(other, " with " + what);
        if (implicit.ids().isEmpty() && explicitListing.ids().isEmpty()) {
            ScenarioState.skip("neither answer lists a " + state.noun() + ", so comparing the default with " + what
                    + " checks nothing");
        }
        if (!implicit.ids().equals(explicitListing.ids()) || !implicit.total().equals(explicitListing.total())) {
            throw violation("Omitting the parameter must equal sending its documented default (" + what + "), but the"
                    + " answers differ: without it " + implicit.ids().size() + " items of " + implicit.total()
                    + ", with it " + explicitListing.ids().size() + " of " + explicitListing.total() + "; "
                    + ListingDifference.of(implicit.ids(), java.util.Set.of(), explicitListing.ids()).describe(), other);
        }
    }

    private static String total(Listing listing) {
        return listing.total().isPresent() ? Long.toString(listing.total().getAsLong()) : "no total";
    }

    private static String requestSummary(RpcResponse response) {
        return "the request " + response.request().parameters();
    }

    private RuntimeException violation(String statement, RpcResponse response) {
        return state.session.broken(statement, response);
    }
}
