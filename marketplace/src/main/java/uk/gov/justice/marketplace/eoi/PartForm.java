package uk.gov.justice.marketplace.eoi;

import uk.gov.justice.marketplace.common.web.CsrfForm;

/**
 * One part of the Expression of Interest as the portal's form posts it: strings as typed, so a page shown again
 * after an error keeps exactly what the provider wrote.
 */
sealed interface PartForm extends CsrfForm
        permits OrganisationForm,
                ExclusionsForm,
                SelectionForm,
                ServicesForm,
                CoverageForm,
                CapacityForm,
                EvidenceForm {

    EoiPart part();

    /** The answers to save, given what is saved already; refused by field when something cannot be read. */
    PartAnswers answers(EoiAnswers saved);
}
