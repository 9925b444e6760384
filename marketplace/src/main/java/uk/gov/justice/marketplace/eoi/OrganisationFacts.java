package uk.gov.justice.marketplace.eoi;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.stream.Stream;
import uk.gov.justice.marketplace.common.InvalidInput;
import uk.gov.justice.marketplace.identity.EmailAddress;

/** Part 1: who the organisation is (Standard Selection Questionnaire part 1). */
@Serdeable
public record OrganisationFacts(
        @Nullable String legalName,
        @Nullable @Schema(type = "string") LegalForm legalForm,
        @Nullable String registrationNumber,
        @Nullable String address,
        @Nullable String contactName,
        @Nullable String contactEmail,
        @Nullable String contactPhone,
        @Nullable @Schema(type = "string") IncomeBand incomeBand,
        @Nullable @Schema(type = "string") StaffBand staffBand,
        @Nullable Boolean vcse)
        implements PartAnswers {

    public enum LegalForm {
        CHARITY,
        CIO,
        CIC,
        COMPANY_LIMITED_BY_GUARANTEE,
        MUTUAL,
        SOCIAL_ENTERPRISE,
        SMALL_COMPANY
    }

    public enum IncomeBand {
        UNDER_100K,
        FROM_100K_TO_1M,
        FROM_1M_TO_10M,
        OVER_10M
    }

    public enum StaffBand {
        UNDER_10,
        FROM_10_TO_49,
        FROM_50_TO_249,
        OVER_250
    }

    private static final int NAME = 200;
    private static final int ADDRESS = 1000;

    @Override
    public EoiPart part() {
        return EoiPart.ORGANISATION;
    }

    @Override
    public List<InvalidInput> problems(Vocabularies vocabularies) {
        AnswerCheck check = new AnswerCheck(part());
        check.text("legalName", legalName, NAME);
        check.required("legalForm", legalForm);
        check.text("registrationNumber", registrationNumber, 20);
        check.text("address", address, ADDRESS);
        check.text("contactName", contactName, NAME);
        check.required("contactEmail", contactEmail);
        if (contactEmail != null && !contactEmail.isBlank() && !isEmail(contactEmail)) {
            check.refuse("contactEmail", "invalid");
        }
        check.text("contactPhone", contactPhone, 30);
        check.required("incomeBand", incomeBand);
        check.required("staffBand", staffBand);
        check.required("vcse", vcse);
        return check.problems();
    }

    @Override
    public boolean isEmpty() {
        return Stream.of(
                        legalName,
                        legalForm,
                        registrationNumber,
                        address,
                        contactName,
                        contactEmail,
                        contactPhone,
                        incomeBand,
                        staffBand,
                        vcse)
                .allMatch(a -> a == null || a.toString().isBlank());
    }

    private static boolean isEmail(String value) {
        try {
            new EmailAddress(value);
            return true;
        } catch (InvalidInput e) {
            return false;
        }
    }
}
