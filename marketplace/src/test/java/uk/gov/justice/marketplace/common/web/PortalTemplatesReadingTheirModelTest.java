package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * Pages read their records without OGNL (the search page's CPU went mostly to OGNL: docs/benchmarks.md), and
 * render exactly as they did with OGNL alone.
 */
class PortalTemplatesReadingTheirModelTest {

    public record Result(String name, Area area, List<String> services) {}

    public record Area(String code) {}

    private final List<String> sentToOgnl = new ArrayList<>();
    private final TemplateEngine fast = engine(true);
    private final TemplateEngine ognlOnly = engine(false);

    @Test
    void aVariableFollowedByAccessorsOfTheServicesRecordsIsReadStraightFromTheRecord() {
        String template = "<p th:text=\"${r.area().code()}\"></p><p th:text=\"${r.name()}\"></p>";

        assertThat(render(fast, template))
                .isEqualTo(render(ognlOnly, template))
                .isEqualTo("<p>gwent</p><p>Cardiff Housing Trust</p>");
        assertThat(sentToOgnl).isEmpty();
    }

    @Test
    void operatorsArgumentsAndOtherTypesAreLeftToOgnlAndRenderAsBefore() {
        String template = "<p th:text=\"${r.name() + '!'}\"></p><p th:text=\"${r.services().size()}\"></p>"
                + "<p th:text=\"${r.name().length()}\"></p><p th:if=\"${r.area() != null}\">yes</p>";

        assertThat(render(fast, template))
                .isEqualTo(render(ognlOnly, template))
                .isEqualTo("<p>Cardiff Housing Trust!</p><p>2</p><p>21</p><p>yes</p>");
        assertThat(sentToOgnl)
                .containsExactly("r.name() + '!'", "r.services().size()", "r.name().length()", "r.area() != null");
    }

    @Test
    void aNullAlongTheWayFailsAsItDidWithOgnl() {
        String template = "<p th:text=\"${r.area().code()}\"></p>";
        Map<String, Object> noArea = Map.of("r", new Result("No Area", null, List.of()));

        assertThatThrownBy(() -> render(ognlOnly, template, noArea)).isInstanceOf(TemplateProcessingException.class);
        assertThatThrownBy(() -> render(fast, template, noArea)).isInstanceOf(TemplateProcessingException.class);
    }

    private String render(TemplateEngine engine, String template) {
        return render(
                engine,
                template,
                Map.of(
                        "r",
                        new Result("Cardiff Housing Trust", new Area("gwent"), List.of("accommodation", "mentoring"))));
    }

    private static String render(TemplateEngine engine, String template, Map<String, Object> variables) {
        return engine.process(template, new Context(null, variables));
    }

    private TemplateEngine engine(boolean withRecordAccessors) {
        TemplateEngine engine = new TemplateEngine();
        engine.setTemplateResolver(new StringTemplateResolver());
        if (withRecordAccessors) {
            engine.setDialect(RecordAccessorExpressions.standardDialect(new CountingOgnl()));
        }
        return engine;
    }

    /** OGNL, noting each expression it is asked to evaluate. */
    private final class CountingOgnl implements IStandardVariableExpressionEvaluator {

        private final OGNLVariableExpressionEvaluator ognl = new OGNLVariableExpressionEvaluator(true);

        @Override
        public Object evaluate(
                IExpressionContext context,
                IStandardVariableExpression expression,
                StandardExpressionExecutionContext execution) {
            sentToOgnl.add(expression.getExpression());
            return ognl.evaluate(context, expression, execution);
        }
    }
}
