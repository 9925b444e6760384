package uk.gov.justice.marketplace.supplychain;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;
import uk.gov.justice.marketplace.common.Csv;

/** Supply-chain health as CSV open data: one row per chain, flags as rule names joined with semicolons. */
final class ChainsCsv {

    private static final String HEADER = "chain_id,name,lead_provider,area,purpose,contract_value,currency,"
            + "partners,partner_value,vcse_share_percent,weighted_risk_transfer_percent,"
            + "weighted_payment_terms_days,longest_payment_terms_days,flags";

    /** The name the steward's file is saved under, from the API and the portal alike. */
    static final String FILE_NAME = "supply-chains.csv";

    private ChainsCsv() {}

    static String of(List<SupplyChainView> chains) {
        return Csv.of(HEADER, chains.stream().map(ChainsCsv::row));
    }

    private static List<String> row(SupplyChainView view) {
        SupplyChain c = view.chain();
        ChainFigures f = view.figures();
        return List.of(
                c.id().toString(),
                c.name(),
                c.leadName(),
                c.area(),
                c.purpose().name(),
                c.contractValue().amount().toPlainString(),
                c.contractValue().currency(),
                String.valueOf(f.partners()),
                f.partnerValue().amount().toPlainString(),
                plain(f.vcseSharePercent()),
                plain(f.weightedRiskTransferPercent()),
                plain(f.weightedPaymentTermsDays()),
                String.valueOf(f.longestPaymentTermsDays()),
                f.flags().stream().map(flag -> flag.rule().name()).distinct().collect(Collectors.joining(";")));
    }

    private static String plain(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
