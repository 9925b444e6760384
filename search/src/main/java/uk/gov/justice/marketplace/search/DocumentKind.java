package uk.gov.justice.marketplace.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A kind of document search holds (providers; the rate card's services next), declared once: its fields and what
 * each is for. Both engines build their index, their mapping and their queries from this declaration alone, so a
 * new kind needs no engine code, and each kind lives in its own index, rebuilt and swapped on its own.
 *
 * @param <D> the record the service hands over to be indexed
 */
public final class DocumentKind<D> {

    /** Every field is a name in the index and the way to read its value from a document. */
    public sealed interface Field<D> permits Text, Display, SortText, Number, Keyword, PerArea {
        String name();
    }

    /**
     * Searchable words: stemmed into {@code name}, counting {@code boost} per match; the text as written is kept
     * under {@code original} for snippets (unless a display field of that name already keeps it).
     */
    public record Text<D>(String name, String original, float boost, Function<D, String> value) implements Field<D> {}

    /** Shown on a hit, never searched. */
    public record Display<D>(String name, Function<D, String> value) implements Field<D> {}

    /** A text to sort by, compared without case. */
    public record SortText<D>(String name, Function<D, String> value) implements Field<D> {}

    /** A whole number to filter by range and sort by (pence, people, a moment as epoch milliseconds). */
    public record Number<D>(String name, boolean moment, ToLongFunction<D> value) implements Field<D> {}

    /**
     * Codes to filter by ("has one of these"); {@code counted} ones are facets, counted over every match;
     * {@code areas} ones hold area codes, matched by containment both ways (see {@link AreaGeography}).
     */
    public record Keyword<D>(String name, boolean counted, boolean areas, Function<D, List<String>> values)
            implements Field<D> {}

    /** A number per area (people a year in each area covered), filtered as "at least this many in a related area". */
    public record PerArea<D>(String name, Function<D, Map<String, Integer>> value) implements Field<D> {}

    private final String name;
    private final String version;
    private final Function<D, String> id;
    private final Map<String, Field<D>> fields;
    private final List<Field<D>> ordered;
    private final List<Field<D>> shown;
    private final List<Text<D>> texts;
    private final List<Keyword<D>> facets;
    private final List<String> snippetOrder;
    private final String browseOrder;

    private DocumentKind(Builder<D> builder) {
        this.name = builder.name;
        this.version = builder.version;
        this.id = builder.id;
        this.fields = Map.copyOf(builder.fields);
        this.ordered = List.copyOf(builder.fields.values());
        this.shown = ordered.stream()
                .filter(f -> f instanceof Display || f instanceof Keyword || f instanceof Number<D> n && !n.moment())
                .toList();
        this.texts = select(Text.class);
        this.facets = this.<Keyword<D>>select(Keyword.class).stream()
                .filter(Keyword::counted)
                .toList();
        this.snippetOrder = List.copyOf(builder.snippetOrder);
        this.browseOrder = builder.browseOrder;
    }

    /**
     * A new kind: its name, the version of its declaration (part of every Elasticsearch index name; change it when
     * the fields change, so a rebuild makes an index of the new shape), and its documents' ids.
     */
    public static <D> Builder<D> builder(String name, String version, Function<D, String> id) {
        return new Builder<>(name, version, id);
    }

    public String name() {
        return name;
    }

    public String version() {
        return version;
    }

    String id(D document) {
        return id.apply(document);
    }

    /** The fields in the order declared. */
    public List<Field<D>> fields() {
        return ordered;
    }

    List<Text<D>> texts() {
        return texts;
    }

    /** The fields whose values a hit carries: display, keyword and number fields other than moments. */
    List<Field<D>> shown() {
        return shown;
    }

    /** The keyword fields counted over every search. */
    List<Keyword<D>> facets() {
        return facets;
    }

    @SuppressWarnings("unchecked")
    private <F> List<F> select(Class<?> type) {
        return (List<F>) ordered.stream().filter(type::isInstance).toList();
    }

    /** The field of that name and type, or a refusal naming what the kind does have: a programming mistake. */
    Field<D> field(String field, Class<?> type) {
        return Optional.ofNullable(fields.get(field))
                .filter(type::isInstance)
                .orElseThrow(() -> new IllegalArgumentException(
                        name + " has no " + type.getSimpleName() + " field " + field + "; it has " + fields.keySet()));
    }

    boolean isDisplay(String field) {
        return fields.get(field) instanceof Display;
    }

    /** The text fields, by original, in the order their snippets are shown. */
    List<String> snippetOrder() {
        return snippetOrder;
    }

    /** The sort field used when a search by relevance has no words to rank by. */
    String browseOrder() {
        return browseOrder;
    }

    /** Declares a kind a field at a time. */
    public static final class Builder<D> {
        private final String name;
        private final String version;
        private final Function<D, String> id;
        private final Map<String, Field<D>> fields = new LinkedHashMap<>();
        private final List<String> snippetOrder = new ArrayList<>();
        private String browseOrder;

        private Builder(String name, String version, Function<D, String> id) {
            this.name = name;
            this.version = version;
            this.id = id;
        }

        public Builder<D> text(String field, String original, float boost, Function<D, String> value) {
            return add(new Text<>(field, original, boost, value));
        }

        public Builder<D> display(String field, Function<D, String> value) {
            return add(new Display<>(field, value));
        }

        public Builder<D> sortText(String field, Function<D, String> value) {
            return add(new SortText<>(field, value));
        }

        public Builder<D> number(String field, ToLongFunction<D> value) {
            return add(new Number<>(field, false, value));
        }

        public Builder<D> moment(String field, ToLongFunction<D> epochMillis) {
            return add(new Number<>(field, true, epochMillis));
        }

        public Builder<D> keyword(String field, Function<D, List<String>> values) {
            return add(new Keyword<>(field, false, false, values));
        }

        public Builder<D> facet(String field, Function<D, List<String>> values) {
            return add(new Keyword<>(field, true, false, values));
        }

        /** Area codes, counted as a facet and matched by containment. */
        public Builder<D> areas(String field, Function<D, List<String>> values) {
            return add(new Keyword<>(field, true, true, values));
        }

        public Builder<D> perArea(String field, Function<D, Map<String, Integer>> value) {
            return add(new PerArea<>(field, value));
        }

        /** Which text fields' passages are shown when words match, first to last (at most two are). */
        public Builder<D> snippetsFrom(String... originals) {
            snippetOrder.addAll(List.of(originals));
            return this;
        }

        /** The sort field for a search with no words (a sort text or number field). */
        public Builder<D> browsedBy(String field) {
            this.browseOrder = field;
            return this;
        }

        public DocumentKind<D> build() {
            if (browseOrder == null
                    || !(fields.get(browseOrder) instanceof SortText || fields.get(browseOrder) instanceof Number)) {
                throw new IllegalStateException(name + " needs a sort field to browse by");
            }
            return new DocumentKind<>(this);
        }

        private Builder<D> add(Field<D> field) {
            if (field.name().equals(DocumentIndex.ID) || fields.putIfAbsent(field.name(), field) != null) {
                throw new IllegalStateException(name + " declares " + field.name() + " twice");
            }
            return this;
        }
    }
}
