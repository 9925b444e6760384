package uk.gov.justice.marketplace.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/**
 * The GOV.UK select and checkboxes still mark what the reader chose and number the boxes as before, while the work
 * per option no longer goes through OGNL (on the search page that was 116 options per request: docs/benchmarks.md).
 */
class FormFieldsMarkingTheReadersChoicesTest {

    private static final String SELECT = "<div th:replace=\"~{govuk/select :: select(name='area', label='Area', "
            + "items=${items}, selected=${selected}, emptyLabel='Any')}\"></div>";
    private static final String CHECKBOXES = "<div th:replace=\"~{govuk/checkboxes :: checkboxes(name='cohort', "
            + "legend='Cohort', items=${items}, selected=${selected})}\"></div>";
    private static final List<Option> AREAS = List.of(
            new Option("gwent", "Gwent"),
            new Option("dyfed-powys", "Dyfed-Powys"),
            new Option("north-wales", "Gogledd Cymru"));

    private final List<String> sentToOgnl = new ArrayList<>();
    private final TemplateEngine engine = engine();

    @Test
    void theSelectMarksTheChosenAreaAndNoOtherAndNoneWhenTheChoiceIsUnknownOrMissing() {
        assertThat(options(render(SELECT, AREAS, "dyfed-powys")))
                .containsExactly(
                        "<option value=\"\">Any</option>",
                        "<option value=\"gwent\">Gwent</option>",
                        "<option value=\"dyfed-powys\" selected=\"selected\">Dyfed-Powys</option>",
                        "<option value=\"north-wales\">Gogledd Cymru</option>");
        assertThat(render(SELECT, AREAS, "atlantis")).doesNotContain("selected");
        assertThat(render(SELECT, AREAS, null)).doesNotContain("selected").contains("Gogledd Cymru");
    }

    @Test
    void theCheckboxesCheckEveryChosenValueAndKeepTheFirstBoxNamedForTheErrorSummary() {
        String html = render(CHECKBOXES, AREAS, List.of("gwent", "north-wales")).replaceAll("\\s+", " ");

        assertThat(html)
                .contains(
                        "id=\"cohort\" name=\"cohort\" value=\"gwent\" checked=\"checked\"",
                        "for=\"cohort\">Gwent<",
                        "id=\"cohort-2\" name=\"cohort\" value=\"dyfed-powys\">",
                        "for=\"cohort-2\">Dyfed-Powys<",
                        "id=\"cohort-3\" name=\"cohort\" value=\"north-wales\" checked=\"checked\"",
                        "for=\"cohort-3\">Gogledd Cymru<");
        assertThat(render(CHECKBOXES, AREAS, null)).doesNotContain("checked").contains("id=\"cohort-3\"");
    }

    @Test
    void aLongerListOfOptionsCostsNoMoreOgnlCalls() {
        List<Option> many = IntStream.rangeClosed(1, 76)
                .mapToObj(i -> new Option("area-" + i, "Area " + i))
                .toList();
        for (String template : List.of(SELECT, CHECKBOXES)) {
            Object chosen = template.equals(SELECT) ? "area-2" : List.of("area-2");
            render(template, many.subList(0, 3), chosen);
            int forThree = sentToOgnl.size();
            sentToOgnl.clear();
            render(template, many, chosen);

            assertThat(sentToOgnl).as(template).hasSize(forThree);
            sentToOgnl.clear();
        }
    }

    private String render(String template, List<Option> items, Object selected) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("items", items);
        variables.put("selected", selected);
        return engine.process(template, new Context(null, variables));
    }

    private static List<String> options(String html) {
        return html.lines()
                .map(String::strip)
                .filter(l -> l.startsWith("<option"))
                .toList();
    }

    private TemplateEngine engine() {
        ClassLoaderTemplateResolver views = new ClassLoaderTemplateResolver();
        views.setPrefix("views/");
        views.setSuffix(".html");
        views.setTemplateMode(TemplateMode.HTML);
        views.setCheckExistence(true);
        views.setOrder(1);
        StringTemplateResolver page = new StringTemplateResolver();
        page.setOrder(2);
        TemplateEngine templates = new TemplateEngine();
        templates.addTemplateResolver(views);
        templates.addTemplateResolver(page);
        templates.setDialect(RecordAccessorExpressions.standardDialect(new CountingOgnl()));
        templates.addDialect(new Choices.Dialect());
        return templates;
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
