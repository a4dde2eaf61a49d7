package fr.simulateursons.moteur.rapports;

import fr.simulateursons.Fixtures;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.Statut.Entree;
import fr.simulateursons.moteur.Statut;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The files the report tests write about: real runs of the chain on fixtures, and results with every field set. */
final class Simules {

    static final Instant DEBUT = Instant.parse("2026-11-26T10:00:00.120Z");
    static final Instant FIN = Instant.parse("2026-11-26T10:00:00.456Z");
    static final ParametresLus PARAMETRES = new ParametresLus("SONS-V2-DEMO-DPI", "AVANCE", "20", "2026-11-26T11:00:00+01:00");
    static final Resultat.Versions VERSIONS = new Resultat.Versions("demo-2025.1", "demo-2025.1", null, "vague2-2025.1");

    private Simules() {
    }

    /** The chain on a fixture (or an example, {@code ../examples/…}), AVANCE at 20 %, the day after the examples. */
    static FichierSimule simuler(String nom, byte[] octets) {
        return de(nom, Fixtures.simuler(octets, "AVANCE", "20", Fixtures.APRES_LES_EXEMPLES), octets);
    }

    static FichierSimule de(String nom, Resultat r, byte[] octets) {
        Statut s = Statut.de("7f1c6a52-0000-4000-8000-000000000001", r, new Entree(nom, null, null, (long) octets.length),
                r.fichierDeSortie().isPresent() ? nom + ".sortie.json" : null, DEBUT, FIN);
        return FichierSimule.de(nom, r.taille().isPresent() ? r : r.sur(octets), s);
    }

    /**
     * Three demandes, two in anomaly, every field the lead's engine will fill: D07 and D08 with their place and
     * expected value on the first, D01 with {@code autres} on the third.
     */
    static FichierSimule anomaliesSituees() {
        Erreur d07 = Code.D07.erreur("/demandes/0/bonDeCommande/montantTVA", "19753.10", "20").at(19, 23).attendu("19753.09");
        Erreur d08 = Code.D08.erreur("/demandes/0/bonDeCommande/montantTTC", "118518.53").at(20, 23).attendu("118518.52");
        Erreur d01 = Code.D01.erreur("/demandes/2/idDemande", "DEM-1").at(42, 21).autres(List.of(1));
        Resultat r = Resultat.rejetDemandes(new Resultat.Synthese(3, 2), PARAMETRES, VERSIONS,
                List.of("DEM-0", "DEM-1", "DEM-1"), new byte[] {'{', '}'}, Map.of(0, List.of(d07, d08), 2, List.of(d01)));
        return de("lot/demandes situées.json", r, "{\"demandes\": [] }".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** FORMAT rejected with one error placed in the file and one not. */
    static FichierSimule formatSitue() {
        Resultat r = Resultat.rejet(Etape.FORMAT, List.of(Code.S01.erreur("/demandes/0", "prestation").at(6, 5),
                Code.S02.erreur("/extra", "extra")), PARAMETRES, VERSIONS);
        return de("format.json", r, new byte[] {'{', '}'});
    }

    static String ecrire(FormatRapport format, FichierSimule... fichiers) {
        StringWriter w = new StringWriter();
        try {
            format.ecrire(Arrays.asList(fichiers), w);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
