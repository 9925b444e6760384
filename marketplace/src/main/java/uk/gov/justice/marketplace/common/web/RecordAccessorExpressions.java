package uk.gov.justice.marketplace.common.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.exceptions.TemplateProcessingException;
import org.thymeleaf.extras.java8time.dialect.Java8TimeDialect;
import org.thymeleaf.standard.StandardDialect;
import org.thymeleaf.standard.expression.IStandardVariableExpression;
import org.thymeleaf.standard.expression.IStandardVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.OGNLVariableExpressionEvaluator;
import org.thymeleaf.standard.expression.StandardExpressionExecutionContext;

/**
 * Reads {@code ${page.results()}}, {@code ${r.name()}}, {@code ${item.value()}} (a model variable, then accessors of
 * the service's own records) straight from the record. Thymeleaf's OGNL evaluator finds and security-checks every
 * method call reflectively each time it runs (Thymeleaf 3.1's checks copy the declared methods of allowed types on
 * every call): profiled on the search page (76 areas, five groups of checkboxes, 20 results) that was most of the
 * page's CPU, and the page served a fraction of /api/search's requests (docs/benchmarks.md). Anything else (an
 * operator, an argument, a literal, an expression object, #{..}, *{..}, a null along the way, a type that is not one
 * of our records, any restricted context) goes to OGNL exactly as before, so no page changes.
 */
@Singleton
class RecordAccessorExpressions implements BeanCreatedEventListener<TemplateEngine> {

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        TemplateEngine engine = event.getBean();
        // Replaces the StandardDialect the engine was made with; setDialect drops the one Micronaut's factory adds.
        engine.setDialect(standardDialect(new OGNLVariableExpressionEvaluator(true)));
        engine.addDialect(new Java8TimeDialect());
        engine.addDialect(new Choices.Dialect());
        return engine;
    }

    static StandardDialect standardDialect(IStandardVariableExpressionEvaluator ognl) {
        StandardDialect standard = new StandardDialect();
        standard.setVariableExpressionEvaluator(new Evaluator(ognl));
        return standard;
    }

    static final class Evaluator implements IStandardVariableExpressionEvaluator {

        private static final Pattern CHAIN =
                Pattern.compile("[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*\\(\\))*");
        /** Names OGNL resolves to the request itself rather than to a model variable. */
        private static final Set<String> SPECIAL = Set.of("param", "session", "application");

        private static final String OWN = "uk.gov.justice.marketplace.";
        private static final int MAX_EXPRESSIONS = 5_000;

        private final IStandardVariableExpressionEvaluator ognl;
        private final Map<String, Optional<List<String>>> chains = new ConcurrentHashMap<>();
        private final ClassValue<Map<String, Method>> accessors = new ClassValue<>() {
            @Override
            protected Map<String, Method> computeValue(Class<?> type) {
                Map<String, Method> byName = new HashMap<>();
                if (type.isRecord() && type.getName().startsWith(OWN)) {
                    Arrays.stream(type.getRecordComponents())
                            .map(RecordComponent::getAccessor)
                            .filter(Method::trySetAccessible)
                            .forEach(m -> byName.put(m.getName(), m));
                }
                return byName;
            }
        };

        Evaluator(IStandardVariableExpressionEvaluator ognl) {
            this.ognl = ognl;
        }

        @Override
        public Object evaluate(
                IExpressionContext context,
                IStandardVariableExpression expression,
                StandardExpressionExecutionContext execution) {
            Optional<List<String>> chain = expression.getUseSelectionAsRoot()
                            || execution.getRestrictVariableAccess()
                            || execution.getForbidUnsafeExpressionResults()
                            || execution.getPerformTypeConversion()
                    ? Optional.empty()
                    : chain(expression.getExpression());
            if (chain.isEmpty() || !context.containsVariable(chain.get().get(0))) {
                return ognl.evaluate(context, expression, execution);
            }
            Object value = context.getVariable(chain.get().get(0));
            for (String name : chain.get().subList(1, chain.get().size())) {
                Method accessor =
                        value == null ? null : accessors.get(value.getClass()).get(name);
                if (accessor == null) {
                    return ognl.evaluate(context, expression, execution);
                }
                value = read(accessor, value, expression);
            }
            return value;
        }

        /** The variable and the accessors, or empty when the expression is anything more than that. */
        private Optional<List<String>> chain(String expression) {
            Optional<List<String>> known = chains.get(expression);
            if (known != null) {
                return known;
            }
            String trimmed = expression.strip();
            Optional<List<String>> parsed =
                    CHAIN.matcher(trimmed).matches() && !SPECIAL.contains(trimmed.split("\\.", 2)[0])
                            ? Optional.of(Arrays.stream(trimmed.split("\\."))
                                    .map(p -> p.replace("()", ""))
                                    .toList())
                            : Optional.empty();
            if (chains.size() < MAX_EXPRESSIONS) {
                chains.put(expression, parsed);
            }
            return parsed;
        }

        private static Object read(Method accessor, Object target, IStandardVariableExpression expression) {
            try {
                return accessor.invoke(target);
            } catch (IllegalAccessException e) {
                throw new TemplateProcessingException("Cannot read " + expression.getExpression(), e);
            } catch (InvocationTargetException e) {
                throw new TemplateProcessingException(
                        "Exception evaluating " + expression.getExpression(), e.getCause());
            }
        }
    }
}
