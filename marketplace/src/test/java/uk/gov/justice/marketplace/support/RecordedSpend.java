package uk.gov.justice.marketplace.support;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import uk.gov.justice.marketplace.order.ConfirmedSpend;
import uk.gov.justice.marketplace.order.SpendListener;

/** A spend listener that keeps what it was told, so a test can see every confirmed pound reached the listeners. */
@Singleton
public class RecordedSpend implements SpendListener {

    private final List<ConfirmedSpend> told = new CopyOnWriteArrayList<>();

    @Override
    public void confirmed(ConfirmedSpend spend) {
        told.add(spend);
    }

    public List<ConfirmedSpend> told() {
        return List.copyOf(told);
    }
}
