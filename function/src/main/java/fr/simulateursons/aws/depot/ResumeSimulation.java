package fr.simulateursons.aws.depot;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.aws.Json;
import fr.simulateursons.moteur.Statut;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the upload API answers about a finished simulation, computed once by the pipeline ({@code resumes/K}) so
 * that a poll never re-reads the annotated file: the status with at most {@value #LISTE_MAX} errors, at most as many
 * anomalies with their demande, the totals, and where the annotated file is. Bounded whatever the file: a list
 * stops at {@value #LISTE_MAX} entries or {@value #OCTETS_MAX} bytes, a text is cut at {@value #TEXTE_MAX}
 * characters and {@code autres} at {@value #AUTRES_MAX} indexes (the full entries are in {@code statuts/K} and
 * {@code sorties/K}), so that the answer stays far below 1 MiB.
 *
 * @param sortie      null when there is no annotated file
 * @param attestation the attestation de simulation ({@code attestations/K}, HTML); null when none was written
 */
@JsonPropertyOrder({"statut", "erreursTotal", "anomalies", "anomaliesTotal", "sortie", "attestation"})
public record ResumeSimulation(Statut statut, int erreursTotal, List<AnomalieListee> anomalies, int anomaliesTotal,
                               Sortie sortie, Sortie attestation) {

    static final int LISTE_MAX = 100;
    static final int OCTETS_MAX = 256 * 1024;
    static final int TEXTE_MAX = 300;
    static final int AUTRES_MAX = 20;

    /** A file written for this status (annotated file, attestation): its key and, in a versioned bucket, its version. */
    public record Sortie(String cle, String versionId) {
    }

    /**
     * One anomaly of the annotated file, with the demande it belongs to: its number as people count them, from 1 in
     * the order of the file ({@code demande} 2 is {@code /demandes/1}), and its idDemande.
     */
    @JsonPropertyOrder({"demande", "idDemande", "code", "libelle", "chemin", "ligne", "colonne", "attendu", "autres"})
    public record AnomalieListee(int demande, String idDemande, String code, String libelle, String chemin,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Integer ligne,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) Integer colonne,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) String attendu,
                                 @JsonInclude(JsonInclude.Include.NON_NULL) List<Integer> autres) {

        private static AnomalieListee de(int index, String idDemande, Erreur a) {
            return new AnomalieListee(index + 1, coupe(idDemande), a.code().name(), a.libelle(), a.chemin(), a.ligne(),
                    a.colonne(), a.attendu(), a.autres());
        }

        /** The anomaly itself, as the engine would give it (its values read back from its message). */
        public Erreur erreur() {
            Code c = Code.valueOf(code);
            return new Erreur(c, c.valeurs(libelle), chemin, ligne, colonne, attendu, autres, null);
        }
    }

    /** From the pipeline's own result, which holds the anomalies by demande. */
    public static ResumeSimulation de(Statut statut, Resultat resultat, Sortie sortie, Sortie attestation) {
        List<AnomalieListee> anomalies = new ArrayList<>();
        int total = 0;
        int octets = 0;
        for (Map.Entry<Integer, List<Erreur>> e : resultat.anomalies().entrySet()) {
            String idDemande = e.getKey() < resultat.idDemandes().size() ? resultat.idDemandes().get(e.getKey()) : null;
            for (Erreur a : e.getValue()) {
                total++;
                if (anomalies.size() < LISTE_MAX && octets < OCTETS_MAX) {
                    AnomalieListee l = AnomalieListee.de(e.getKey(), idDemande, borne(a));
                    octets += taille(l);
                    anomalies.add(l);
                }
            }
        }
        return new ResumeSimulation(borne(statut), statut.erreurs().size(), anomalies, total, sortie, attestation);
    }

    /**
     * From a status alone, where the pipeline's summary is missing or belongs to another version (a status that
     * the failure queue's consumer finalised, say): its errors bounded, no anomalies listed.
     */
    public static ResumeSimulation deStatut(Statut statut) {
        int total = statut.synthese() == null ? 0 : statut.synthese().demandesEnAnomalie();
        return new ResumeSimulation(borne(statut), statut.erreurs().size(), List.of(), total, null, null);
    }

    private static Statut borne(Statut s) {
        List<Erreur> erreurs = new ArrayList<>();
        int octets = 0;
        for (Erreur e : s.erreurs()) {
            if (erreurs.size() == LISTE_MAX || octets >= OCTETS_MAX) {
                break;
            }
            Erreur b = borne(e);
            octets += taille(b);
            erreurs.add(b);
        }
        return new Statut(s.simulationId(), s.etat(), s.etape(), s.message(), erreurs, s.synthese(), s.parametres(),
                s.entree(), s.sortie(), s.referentiel(), s.format(), s.debut(), s.fin());
    }

    /** Each value of the message is cut, not the message: a summary's error still reads as the catalogue's. */
    private static Erreur borne(Erreur e) {
        return new Erreur(e.code(), e.valeurs().stream().map(ResumeSimulation::coupe).toList(), coupe(e.chemin()),
                e.ligne(), e.colonne(), coupe(e.attendu()), autres(e.autres()), coupe(e.detail()));
    }

    private static String coupe(String texte) {
        if (texte == null || texte.length() <= TEXTE_MAX) {
            return texte;
        }
        int fin = Character.isHighSurrogate(texte.charAt(TEXTE_MAX - 2)) ? TEXTE_MAX - 2 : TEXTE_MAX - 1;
        return texte.substring(0, fin) + "…";
    }

    private static List<Integer> autres(List<Integer> indexes) {
        return indexes == null || indexes.size() <= AUTRES_MAX ? indexes : indexes.subList(0, AUTRES_MAX);
    }

    private static int taille(Object entree) {
        return Json.MAPPER.writeValueAsBytes(entree).length;
    }
}
