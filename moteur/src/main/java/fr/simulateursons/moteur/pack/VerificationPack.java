package fr.simulateursons.moteur.pack;

import fr.simulateursons.moteur.DateDepot;
import fr.simulateursons.moteur.Moteur;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.RessourcesIllisibles;
import fr.simulateursons.moteur.json.JsonStrict;
import tools.jackson.core.JacksonException;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code format-sons verifier} (spec §6) on a pack or a catalogue: every pack coherent, against the resources in use
 * too; no two packs in force at one instant (gaps are listed, not faults); then each pack's examples through the
 * chain, at a date de dépôt inside the pack's period.
 */
final class VerificationPack {

    private VerificationPack() {
    }

    static OutilsPack.Verification verifier(SourcePack source, Moteur.Builder ressources, String tauxTva) {
        Catalogue catalogue;
        try {
            catalogue = Catalogues.packs(source, true);
        } catch (PackIncoherent e) {
            return new OutilsPack.Verification(source.chemin(), e.textes(), List.of(), List.of(), List.of());
        }
        List<OutilsPack.Periode> calendrier = catalogue.packs().stream()
                .map(p -> new OutilsPack.Periode(p.version(), Catalogues.periode(p.manifeste().periode()))).toList();
        List<DefautPack> defauts = new ArrayList<>(Catalogues.chevauchements(catalogue));
        // Before anything runs: a pattern that may backtrack exponentially is a fault, not a gamble.
        catalogue.packs().forEach(p -> p.types().values().forEach(t ->
                defauts.addAll(MotifsDuSchema.imbriques(p.chemin() + "/" + t.fichierSchema(), t.schemaJson()))));
        if (!defauts.isEmpty()) {
            return new OutilsPack.Verification(source.chemin(), defauts.stream().map(DefautPack::toString).toList(),
                    calendrier, lacunes(catalogue), List.of());
        }
        Moteur moteur = ressources.formatSons(source).build();
        try {
            moteur.verifierRessources();
        } catch (RessourcesIllisibles e) {
            return new OutilsPack.Verification(source.chemin(), e.illisibles().stream()
                    .map(i -> i.chemin() + " (" + i.nom() + ") : " + i.detail()).toList(), calendrier,
                    lacunes(catalogue), List.of());
        }
        Instant maintenant = moteur.horloge().instant();
        // Checked whole just above: every example is judged against that one reading.
        Moteur fige = moteur.figer();
        List<OutilsPack.Exemple> exemples = new ArrayList<>();
        for (Pack p : catalogue.packs()) {
            DateDepot date = dateDansLaPeriode(p.manifeste().periode(), maintenant);
            p.types().forEach((type, t) -> {
                String numero = numeroAns(p, t.exemple());
                exemples.add(new OutilsPack.Exemple(p.version(), type, t.fichierExemple(), numero,
                        date.texteFrancais() + " (heure de Paris)", fige.simuler(t.exemple(),
                        Parametres.formulaire(numero, type, tauxTva).avec(Parametres.DATE_DEPOT, date.texte()))));
            });
        }
        return new OutilsPack.Verification(source.chemin(), List.of(), calendrier, lacunes(catalogue), exemples);
    }

    /** Now for the pack in force now; the last minute before {@code au} for a pack of the past; {@code du} for one to come. */
    static DateDepot dateDansLaPeriode(Manifeste.EnVigueur periode, Instant maintenant) {
        Instant t = maintenant;
        if (!periode.contient(maintenant)) {
            t = periode.au() != null && !maintenant.isBefore(periode.au().toInstant())
                    ? periode.au().toInstant().minus(1, ChronoUnit.MINUTES) : periode.du().toInstant();
        }
        return new DateDepot(t.truncatedTo(ChronoUnit.SECONDS));
    }

    /** The periods no pack covers, in order: before the first, between two, after the last. */
    static List<String> lacunes(Catalogue catalogue) {
        List<String> lacunes = new ArrayList<>();
        List<Pack> packs = catalogue.packs();
        Manifeste.EnVigueur premiere = packs.get(0).manifeste().periode();
        if (premiere.du() != null) {
            lacunes.add("avant le " + Catalogues.instant(premiere.du()) + " (heure de Paris)");
        }
        for (int i = 1; i < packs.size(); i++) {
            OffsetDateTime fin = packs.get(i - 1).manifeste().periode().au();
            OffsetDateTime debut = packs.get(i).manifeste().periode().du();
            if (fin != null && debut != null && fin.isBefore(debut)) {
                lacunes.add("du " + Catalogues.instant(fin) + " au " + Catalogues.instant(debut) + " (heure de Paris)");
            }
        }
        OffsetDateTime derniere = packs.get(packs.size() - 1).manifeste().periode().au();
        if (derniere != null) {
            lacunes.add("à partir du " + Catalogues.instant(derniere) + " (heure de Paris)");
        }
        return lacunes;
    }

    /** The example's own numéro de référencement, or nothing (then P01 says the example lacks it). */
    private static String numeroAns(Pack format, byte[] exemple) {
        try {
            return format.entete().numeroReferencement().lire(JsonStrict.MAPPER.readTree(exemple)).asString("");
        } catch (JacksonException | IllegalArgumentException e) {
            return "";
        }
    }
}
