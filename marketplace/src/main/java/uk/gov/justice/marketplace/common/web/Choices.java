package uk.gov.justice.marketplace.common.web;

import io.micronaut.core.annotation.Nullable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * {@code #choices} in templates: the options of a select or a group of checkboxes with their ids and whether each
 * is chosen, worked out once per field in Java. Asked item by item in the template ({@code selected ==
 * item.value()}, {@code selected.contains(item.value())}, an id from the loop status), each of the search page's
 * 76 areas and 40 checkboxes cost OGNL calls on every request (docs/benchmarks.md).
 */
public final class Choices {

    private static final Choices INSTANCE = new Choices();

    /** One option as the fragment writes it: the box's id (the field name for the first, so errors link to it). */
    public record Choice(String id, String value, String label, boolean chosen) {}

    /** A select's options: the one equal to {@code selected} is chosen. */
    public List<Choice> one(String name, List<Option> items, @Nullable Object selected) {
        return choices(name, items, value -> selected != null && selected.equals(value));
    }

    /** Checkboxes: those whose value {@code selected} contains are chosen. */
    public List<Choice> any(String name, List<Option> items, @Nullable Collection<?> selected) {
        return choices(name, items, value -> selected != null && selected.contains(value));
    }

    private static List<Choice> choices(String name, List<Option> items, Predicate<String> chosen) {
        return IntStream.range(0, items.size())
                .mapToObj(i -> new Choice(
                        i == 0 ? name : name + "-" + (i + 1),
                        items.get(i).value(),
                        items.get(i).label(),
                        chosen.test(items.get(i).value())))
                .toList();
    }

    /** Makes {@code #choices} available to every template. */
    static final class Dialect extends AbstractDialect implements IExpressionObjectDialect {

        Dialect() {
            super("choices");
        }

        @Override
        public IExpressionObjectFactory getExpressionObjectFactory() {
            return new IExpressionObjectFactory() {
                @Override
                public Set<String> getAllExpressionObjectNames() {
                    return Set.of("choices");
                }

                @Override
                public Object buildObject(IExpressionContext context, String expressionObjectName) {
                    return INSTANCE;
                }

                @Override
                public boolean isCacheable(String expressionObjectName) {
                    return true;
                }
            };
        }
    }
}
