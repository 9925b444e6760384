package uk.gov.justice.marketplace.eoi;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import uk.gov.justice.marketplace.support.FreshDatabase;
import uk.gov.justice.marketplace.support.MarketplaceTest;

/** Answers are stored as JSON: every part must come back exactly as it went in. */
@MarketplaceTest
class EoiAnswersJsonTest implements FreshDatabase {

    @Inject
    ObjectMapper json;

    @Test
    void complete_answers_survive_the_round_trip() throws Exception {
        EoiAnswers answers = EoiFixtures.aCompleteDraft().current().answers();

        String text = json.writeValueAsString(answers);
        EoiAnswers back = json.readValue(text, Argument.of(EoiAnswers.class));

        assertThat(back).isEqualTo(answers);
    }
}
