package uk.gov.justice.marketplace.search;

import java.util.Set;

/**
 * What someone searching the register asks for. Every part is optional: an empty query lists every provider.
 * Free text is plain words (no query syntax); area is any area's code, matched by containment both ways.
 */
public record ProviderQuery(
        String text,
        String area,
        Set<String> specialitiesAllOf,
        Set<String> specialitiesAnyOf,
        Set<String> cohortsAllOf,
        Set<String> cohortsAnyOf,
        Set<String> legalForms,
        Set<String> sizeBands,
        Boolean welshLanguageService,
        Boolean outcomeEvidence,
        Boolean justiceDataLabResult,
        Integer minCapacity,
        Set<String> riskAppetites,
        Sort sort,
        int page,
        int pageSize) {

    public enum Sort {
        RELEVANCE,
        NAME,
        RECENTLY_UPDATED
    }

    public static final int DEFAULT_PAGE_SIZE = 20;

    public ProviderQuery {
        specialitiesAllOf = copy(specialitiesAllOf);
        specialitiesAnyOf = copy(specialitiesAnyOf);
        cohortsAllOf = copy(cohortsAllOf);
        cohortsAnyOf = copy(cohortsAnyOf);
        legalForms = copy(legalForms);
        sizeBands = copy(sizeBands);
        riskAppetites = copy(riskAppetites);
        sort = sort == null ? Sort.RELEVANCE : sort;
    }

    public static Builder builder() {
        return new Builder();
    }

    private static Set<String> copy(Set<String> values) {
        return values == null ? Set.of() : Set.copyOf(values);
    }

    /** Builds a query a part at a time, as a search form is filled in. */
    public static final class Builder {
        private String text;
        private String area;
        private Set<String> specialitiesAllOf;
        private Set<String> specialitiesAnyOf;
        private Set<String> cohortsAllOf;
        private Set<String> cohortsAnyOf;
        private Set<String> legalForms;
        private Set<String> sizeBands;
        private Boolean welsh;
        private Boolean outcomeEvidence;
        private Boolean justiceDataLab;
        private Integer minCapacity;
        private Set<String> riskAppetites;
        private Sort sort;
        private int page;
        private int pageSize = DEFAULT_PAGE_SIZE;

        public Builder text(String words) {
            this.text = words;
            return this;
        }

        public Builder area(String code) {
            this.area = code;
            return this;
        }

        public Builder specialitiesAllOf(String... codes) {
            this.specialitiesAllOf = Set.of(codes);
            return this;
        }

        public Builder specialitiesAnyOf(String... codes) {
            this.specialitiesAnyOf = Set.of(codes);
            return this;
        }

        public Builder cohortsAllOf(String... codes) {
            this.cohortsAllOf = Set.of(codes);
            return this;
        }

        public Builder cohortsAnyOf(String... codes) {
            this.cohortsAnyOf = Set.of(codes);
            return this;
        }

        public Builder legalForms(String... forms) {
            this.legalForms = Set.of(forms);
            return this;
        }

        public Builder sizeBands(String... bands) {
            this.sizeBands = Set.of(bands);
            return this;
        }

        public Builder welshLanguageService(Boolean wanted) {
            this.welsh = wanted;
            return this;
        }

        public Builder outcomeEvidence(Boolean wanted) {
            this.outcomeEvidence = wanted;
            return this;
        }

        public Builder justiceDataLabResult(Boolean wanted) {
            this.justiceDataLab = wanted;
            return this;
        }

        public Builder minCapacity(Integer people) {
            this.minCapacity = people;
            return this;
        }

        public Builder riskAppetites(String... appetites) {
            this.riskAppetites = Set.of(appetites);
            return this;
        }

        public Builder sort(Sort order) {
            this.sort = order;
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

        public ProviderQuery build() {
            return new ProviderQuery(
                    text,
                    area,
                    specialitiesAllOf,
                    specialitiesAnyOf,
                    cohortsAllOf,
                    cohortsAnyOf,
                    legalForms,
                    sizeBands,
                    welsh,
                    outcomeEvidence,
                    justiceDataLab,
                    minCapacity,
                    riskAppetites,
                    sort,
                    page,
                    pageSize);
        }
    }
}
