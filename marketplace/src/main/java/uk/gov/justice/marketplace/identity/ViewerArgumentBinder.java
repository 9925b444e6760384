package uk.gov.justice.marketplace.identity;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import jakarta.inject.Singleton;
import java.util.Optional;

/** Lets a controller ask for the signed-in {@link Viewer} as a parameter. */
@Singleton
class ViewerArgumentBinder implements TypedRequestArgumentBinder<Viewer> {

    @Override
    public Argument<Viewer> argumentType() {
        return Argument.of(Viewer.class);
    }

    @Override
    public BindingResult<Viewer> bind(ArgumentConversionContext<Viewer> context, HttpRequest<?> source) {
        Optional<Viewer> viewer = ViewerAuthentication.of(source);
        return viewer.isPresent() ? () -> viewer : BindingResult.unsatisfied();
    }
}
