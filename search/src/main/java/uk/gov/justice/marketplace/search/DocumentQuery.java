package uk.gov.justice.marketplace.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A search of one kind of document, in the kind's own field names: plain words (no query syntax), conditions every
 * result meets, an order and a page. Fields are checked against the kind's declaration when the search runs.
 */
public record DocumentQuery(String text, List<Condition> conditions, Order order, int page, int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;

    public DocumentQuery {
        conditions = List.copyOf(conditions);
        order = order == null ? Order.RELEVANCE : order;
    }

    /** What every result must satisfy. */
    public sealed interface Condition permits AnyOf, InArea, Range, AtLeastInArea {}

    /** The keyword field has at least one of these values. */
    public record AnyOf(String field, Set<String> values) implements Condition {
        public AnyOf {
            values = Set.copyOf(values);
        }
    }

    /** The areas field holds an area that contains the one named, or sits inside it. */
    public record InArea(String field, String area) implements Condition {}

    /** The number field lies between the bounds, both included; a missing bound is open. */
    public record Range(String field, Long atLeast, Long atMost) implements Condition {}

    /** The per-area field has at least this much in an area related to the one named, or in any area if none is. */
    public record AtLeastInArea(String field, int atLeast, String area) implements Condition {}

    /** Best match first (ties by id), or by a sort field, either way, then by id. */
    public record Order(String field, boolean descending) {
        public static final Order RELEVANCE = new Order(null, false);

        public static Order by(String field) {
            return new Order(field, false);
        }

        public static Order byDescending(String field) {
            return new Order(field, true);
        }

        boolean relevance() {
            return field == null;
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Builds a query a part at a time, as a search form is filled in; empty parts are left out. */
    public static final class Builder {
        private String text;
        private final List<Condition> conditions = new ArrayList<>();
        private Order order;
        private int page;
        private int pageSize = DEFAULT_PAGE_SIZE;

        public Builder text(String words) {
            this.text = words;
            return this;
        }

        public Builder order(Order sort) {
            this.order = sort;
            return this;
        }

        public Builder page(int number) {
            this.page = number;
            return this;
        }

        public Builder pageSize(int size) {
            this.pageSize = size;
            return this;
        }

        /** Has one of the values; nothing is added for none. */
        public Builder anyOf(String field, Set<String> values) {
            if (!values.isEmpty()) {
                conditions.add(new AnyOf(field, values));
            }
            return this;
        }

        /** Has every one of the values. */
        public Builder allOf(String field, Set<String> values) {
            values.forEach(value -> conditions.add(new AnyOf(field, Set.of(value))));
            return this;
        }

        /** A yes/no keyword ("true" or "false"); nothing is added for null. */
        public Builder is(String field, Boolean wanted) {
            return wanted == null ? this : anyOf(field, Set.of(wanted.toString()));
        }

        public Builder inArea(String field, String area) {
            if (area != null && !area.isBlank()) {
                conditions.add(new InArea(field, area));
            }
            return this;
        }

        public Builder range(String field, Long atLeast, Long atMost) {
            if (atLeast != null || atMost != null) {
                conditions.add(new Range(field, atLeast, atMost));
            }
            return this;
        }

        public Builder atLeastInArea(String field, Integer atLeast, String area) {
            if (atLeast != null) {
                conditions.add(new AtLeastInArea(field, atLeast, area == null || area.isBlank() ? null : area));
            }
            return this;
        }

        public DocumentQuery build() {
            return new DocumentQuery(text, conditions, order, page, pageSize);
        }
    }
}
