package io.trazo.web.page;

import java.util.List;
import java.util.Locale;

/**
 * Everything the buyer's page shows, in the order, language-free: texts come from the message
 * bundles, and a null field is shown as "not recorded". Fields that protocol v2 records and extensions
 * fill (producer details, price, located places) are null until the ledger carries them.
 */
public record LotPage(String lot, String head, String label, Identity identity, Verification verification, Producer producer,
        Price price, List<Place> places, List<Step> journey, List<Certificate> certificates) {

    /** @param productForm a {@code trazo:productForm} value (message key {@code form.*}), or the bizStep that made the lot */
    public record Identity(String productForm, String producedBy, String roaster, String lot, String roastDate, String quantity) {}

    /**
     * @param storeProblem null, or why the store failed its integrity check (then nothing was verified)
     * @param witnesses witness names that cosigned the checkpoint (issue 19); empty until they exist
     */
    public record Verification(boolean ok, String storeProblem, int records, int signedEvents, int failed, long checkpointTreeSize,
            int logged, int notYetLogged, List<String> witnesses, List<Signer> signers, List<EventResult> events, String command) {}

    public record Signer(String actor, String name, String keyId, boolean ok) {}

    public record EventResult(String type, String hash, boolean ok, List<String> findings) {}

    public record Producer(String name, String farm, String municipality, String department, String altitudeM, String variety,
            String process, String harvestPeriod) {}

    /** Shown only when the record says the producer consented ({@code trazo:pricePaid.producerConsent}). */
    public record Price(String amount, String currency, String unit, String basis, String date) {}

    /**
     * @param function a v2 {@code location} function (message key {@code place.*}), or {@code plot}
     * @param region the department of a plot, the locality (and region) of a location
     * @param country ISO 3166-1 alpha-2, shown by its name in the page's language; null when not recorded
     */
    public record Place(String name, String function, String region, String country, Double lon, Double lat) {

        public Place(String name, String function, String region, Double lon, Double lat) {
            this(name, function, region, null, lon, lat);
        }

        /** The country's name in {@code language}, from the JDK's locale data: no message key per country. */
        public String countryName(Locale language) {
            return country == null ? null : new Locale("", country).getDisplayCountry(language);
        }
    }

    /**
     * @param step the bizStep's last word (message key {@code step.*})
     * @param place where it happened, from the location record of its bizLocation or readPoint GLN; null when none
     */
    public record Step(String date, String step, String actor, String quantity, Place place) {}

    /**
     * @param status the audit's standing of the claim on this lot ({@code valid}, {@code invalid}), or {@code suspended} or
     *        {@code withdrawn} when its certificate was since; null while query's audit has not folded the lot
     * @param level the chain-of-custody level at which the lot holds the claim ({@code IP}, {@code MIP}, {@code SG}, {@code MB})
     */
    public record Certificate(String claim, String standard, String holder, String certifier, String number, String validFrom,
            String validUntil, boolean validAtEvent, String status, String level) {}
}
