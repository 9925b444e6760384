package uk.gov.justice.marketplace.ratecard;

import jakarta.inject.Singleton;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.search.RateCardDocument;

/**
 * Up to five published services side by side, read from the rate card as it stands (not from the index, so what is
 * compared is never behind): a sixth, or a service that is not published, is refused naming {@code service}.
 */
@Singleton
class RateCardCompare {

    static final int MOST = 5;
    static final String FIELD = "service";

    private final RateCardDocuments documents;

    RateCardCompare(RateCardDocuments documents) {
        this.documents = documents;
    }

    List<RateCardDocument> compare(List<String> chosen) {
        Set<UUID> ids = ids(chosen);
        if (ids.size() > MOST) {
            throw new InvalidInput(FIELD, "ratecard.search.error.service");
        }
        List<RateCardDocument> found = documents.of(ids);
        if (found.size() < ids.size()) {
            throw new InvalidInput(FIELD, "ratecard.search.error.service.unknown");
        }
        return found;
    }

    /** The chosen services that are published, however many were chosen: shown again when refused. */
    List<RateCardDocument> chosen(List<String> chosen) {
        try {
            return documents.of(ids(chosen));
        } catch (InvalidInput unreadable) {
            return List.of();
        }
    }

    private static Set<UUID> ids(List<String> chosen) {
        Set<UUID> ids = new LinkedHashSet<>();
        for (String id : RateCardSearchRequest.values(chosen)) {
            try {
                ids.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException unreadable) {
                throw new InvalidInput(FIELD, "ratecard.search.error.service.unknown");
            }
        }
        return ids;
    }
}
