package fr.simulateursons.moteur.rapports;

import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * One simulated file as every report reads it: its status, what only the result knows (the anomalies by demande,
 * every demande's {@code idDemande}, the version of each resource), and the SHA-256 of the bytes judged. Neither the
 * input nor the annotated file is kept, so that a lot can hold one of these per file.
 *
 * @param fichier the file as the user names it (the CLI's path, the S3 key): reports show it, SARIF makes it a URI
 * @param sha256  of the bytes the engine judged, in lowercase hexadecimal; null when it read none (PARAMETRES, F01)
 *                or when no report shows it
 */
public record FichierSimule(String fichier, Statut statut, Map<Integer, List<Erreur>> anomalies,
                            List<String> idDemandes, Resultat.Versions versions, String sha256) {

    public FichierSimule {
        anomalies = Map.copyOf(anomalies);
        // An idDemande may be unknown (null): deposer knows only those the API lists.
        idDemandes = Collections.unmodifiableList(new ArrayList<>(idDemandes));
    }

    /** {@code statut} must be the status made of {@code resultat} ({@link Statut#de}). */
    public static FichierSimule de(String fichier, Resultat resultat, Statut statut) {
        return de(fichier, resultat, statut, true);
    }

    /**
     * @param empreinte whether to compute the SHA-256, which only the attestation shows: hashing a 4 Mo file is a
     *                  large share of its simulation where the JVM runs C1 alone
     */
    public static FichierSimule de(String fichier, Resultat resultat, Statut statut, boolean empreinte) {
        return new FichierSimule(fichier, statut, resultat.anomalies(), resultat.idDemandes(), resultat.versions(),
                empreinte ? resultat.empreinte().orElse(null) : null);
    }

    /**
     * Every error (P/F/S/E/R) then every anomaly, by index of demande: the one order in which all the reports list
     * them.
     */
    public List<Constat> constats() {
        List<Constat> constats = new ArrayList<>();
        statut.erreurs().forEach(e -> constats.add(new Constat(e, null, null)));
        anomalies.keySet().stream().sorted().forEach(i -> anomalies.get(i)
                .forEach(a -> constats.add(new Constat(a, i, idDemande(i)))));
        return constats;
    }

    /** The anomalies of demande {@code index}, empty when it passed. */
    public List<Constat> constats(int index) {
        return anomalies.getOrDefault(index, List.of()).stream()
                .map(a -> new Constat(a, index, idDemande(index)))
                .toList();
    }

    /** The {@code idDemande} of demande {@code index}, null when the chain did not reach DEMANDES. */
    public String idDemande(int index) {
        return index < idDemandes.size() ? idDemandes.get(index) : null;
    }

    /**
     * The stages the file went through without error: all of them when it passed, those before the one that
     * rejected it; none after an internal error, which may have struck at any stage.
     */
    public List<Etape> etapesFranchies() {
        if (statut.etat() == Etat.REUSSI) {
            return List.of(Etape.values());
        }
        if (statut.etat() == Etat.REJETE) {
            return Arrays.asList(Etape.values()).subList(0, statut.etape().ordinal());
        }
        return List.of();
    }
}
