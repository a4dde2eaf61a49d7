package fr.simulateursons.moteur;

import fr.simulateursons.moteur.pack.Catalogues;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date de dépôt (spec §1): the instant the file will be deposited, which chooses the format pack in force, and
 * its day in Europe/Paris, which D09 and D13 compare with. Written {@code AAAA-MM-JJ} (the start of that day in
 * Europe/Paris) or {@code AAAA-MM-JJTHH:MM[:SS]}, in Europe/Paris unless an offset ({@code Z}, {@code +02:00}) is
 * given; by default, the moment of the simulation.
 */
public record DateDepot(Instant instant) {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Pattern ECRITURE = Pattern.compile(
            "(\\d{4})-(\\d{2})-(\\d{2})(?:T(\\d{2}):(\\d{2})(?::(\\d{2}))?(Z|[+-]\\d{2}:\\d{2})?)?");

    /** The date as given, when it is one of the spec's writings of a real moment. */
    public static Optional<DateDepot> lire(String texte) {
        Matcher m = ECRITURE.matcher(texte.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            LocalDate jour = LocalDate.of(entier(m, 1), entier(m, 2), entier(m, 3));
            LocalTime heure = m.group(4) == null ? LocalTime.MIDNIGHT
                    : LocalTime.of(entier(m, 4), entier(m, 5), m.group(6) == null ? 0 : entier(m, 6));
            LocalDateTime local = LocalDateTime.of(jour, heure);
            Instant t = m.group(7) == null ? local.atZone(PARIS).toInstant()
                    : local.toInstant(ZoneOffset.of(m.group(7)));
            return Optional.of(new DateDepot(t));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The moment of the simulation, to the second. */
    public static DateDepot maintenant(Instant t) {
        return new DateDepot(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** Its day in Europe/Paris: "today" for D09 and D13. */
    public LocalDate jour() {
        return LocalDate.ofInstant(instant, PARIS);
    }

    /** As the status reports it: ISO 8601 in Europe/Paris, with its offset ({@code 2026-01-15T00:00:00+01:00}). */
    public String texte() {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(instant, PARIS)
                .truncatedTo(ChronoUnit.SECONDS));
    }

    /** As P07 writes it: {@code JJ/MM/AAAA HH:MM}, Europe/Paris. */
    public String texteFrancais() {
        return Catalogues.instant(OffsetDateTime.ofInstant(instant, PARIS));
    }

    private static int entier(Matcher m, int groupe) {
        return Integer.parseInt(m.group(groupe));
    }
}
