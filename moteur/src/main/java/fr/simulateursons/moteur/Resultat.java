package fr.simulateursons.moteur;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.TreeMap;

/**
 * What a simulation found, before any adapter turns it into a status, an exit code, a report or an HTTP answer.
 * Built by one factory per outcome; what an outcome lacks is empty, never a placeholder.
 */
public final class Resultat {

    /** Counts of the DEMANDES stage. */
    public record Synthese(int demandes, int demandesEnAnomalie) {
    }

    /**
     * The versions of what the simulation ran against, each null when it was not (or could not be) read.
     *
     * @param eligibilite null also when no eligibility base is configured
     * @param format      the format pack's {@code version}
     */
    public record Versions(String referentiel, String dispositifs, String eligibilite, String format) {
        public static final Versions AUCUNE = new Versions(null, null, null, null);
    }

    private final Etat etat;
    private final Etape etape;
    private final List<Erreur> erreurs;
    private final Synthese synthese;
    private final ParametresLus parametres;
    private final Versions versions;
    private final List<String> idDemandes;
    private final byte[] fichierDeSortie;
    private final Map<Integer, List<Erreur>> anomalies;
    private final Throwable cause;
    /** The bytes the chain judged, null when it read none; kept for {@link #empreinte()} only. */
    private final byte[] octets;
    private volatile String empreinte;

    private Resultat(Etat etat, Etape etape, List<Erreur> erreurs, Synthese synthese, ParametresLus parametres,
                     Versions versions, List<String> idDemandes, byte[] fichierDeSortie,
                     Map<Integer, List<Erreur>> anomalies, Throwable cause, byte[] octets) {
        this.etat = etat;
        this.etape = etape;
        this.erreurs = List.copyOf(erreurs);
        this.synthese = synthese;
        this.parametres = parametres;
        this.versions = versions;
        this.idDemandes = idDemandes;
        this.fichierDeSortie = fichierDeSortie;
        this.anomalies = anomalies;
        this.cause = cause;
        this.octets = octets;
    }

    /** Every demande passed. {@code idDemandes}: each demande's {@code idDemande}, by index. */
    public static Resultat reussi(Synthese synthese, ParametresLus parametres, Versions versions,
                                  List<String> idDemandes) {
        return new Resultat(Etat.REUSSI, null, List.of(), synthese, parametres, versions, List.copyOf(idDemandes),
                null, Map.of(), null, null);
    }

    /** PARAMETRES, FICHIER or FORMAT rejected the file, with every error of that stage. */
    public static Resultat rejet(Etape etape, List<Erreur> erreurs, ParametresLus parametres, Versions versions) {
        return new Resultat(Etat.REJETE, etape, erreurs, null, parametres, versions, List.of(), null, Map.of(), null, null);
    }

    /** DEMANDES rejected: the annotated file, and the anomalies written in it by index of demande. */
    public static Resultat rejetDemandes(Synthese synthese, ParametresLus parametres, Versions versions,
                                         List<String> idDemandes, byte[] fichierDeSortie,
                                         Map<Integer, List<Erreur>> anomalies) {
        return new Resultat(Etat.REJETE, Etape.DEMANDES, List.of(), synthese, parametres, versions,
                List.copyOf(idDemandes), fichierDeSortie, Collections.unmodifiableSortedMap(new TreeMap<>(anomalies)), null, null);
    }

    /** The simulation could not run or finish; {@code erreurs} holds the R01 errors, if a resource is the cause. */
    public static Resultat erreurInterne(List<Erreur> erreurs, ParametresLus parametres, Versions versions,
                                         Throwable cause) {
        return new Resultat(Etat.ERREUR_INTERNE, null, erreurs, null, parametres, versions, List.of(), null, Map.of(),
                cause, null);
    }

    /** A fault outside the engine (the store failed): nothing is known of the parameters or the résultat. */
    public static Resultat erreurInterne(Throwable cause) {
        return erreurInterne(List.of(), ParametresLus.AUCUN, Versions.AUCUNE, cause);
    }

    public Etat etat() {
        return etat;
    }

    /** The stage that rejected, or null when not REJETE. */
    public Etape etape() {
        return etape;
    }

    /** The P/F/S/E/R errors; at DEMANDES the anomalies are in {@link #anomalies()}. */
    public List<Erreur> erreurs() {
        return erreurs;
    }

    /** Present once the chain reached DEMANDES. */
    public Optional<Synthese> synthese() {
        return Optional.ofNullable(synthese);
    }

    public ParametresLus parametres() {
        return parametres;
    }

    public Versions versions() {
        return versions;
    }

    /** Each demande's {@code idDemande} by index, once the chain reached DEMANDES; empty otherwise. */
    public List<String> idDemandes() {
        return idDemandes;
    }

    /** The annotated file, when DEMANDES rejected. */
    public Optional<byte[]> fichierDeSortie() {
        return Optional.ofNullable(fichierDeSortie);
    }

    /** The anomalies written in the annotated file, by index of demande (sorted); empty otherwise. */
    public Map<Integer, List<Erreur>> anomalies() {
        return anomalies;
    }

    /** Every error, then every anomaly in the order of the demandes: what a report or an assertion message lists. */
    public List<Erreur> constats() {
        List<Erreur> tous = new ArrayList<>(erreurs);
        anomalies.values().forEach(tous::addAll);
        return tous;
    }

    /** What went wrong in an ERREUR_INTERNE, for the adapter's logs, never for the user. */
    public Optional<Throwable> cause() {
        return Optional.ofNullable(cause);
    }

    /**
     * The same result, about these bytes: the chain's own record of what it read, so that every door certifies the
     * bytes that were judged (the attestation's SHA-256), never a second read of a file that may have changed.
     */
    public Resultat sur(byte[] juges) {
        return new Resultat(etat, etape, erreurs, synthese, parametres, versions, idDemandes, fichierDeSortie,
                anomalies, cause, juges);
    }

    /** The SHA-256 of the bytes judged, in lowercase hexadecimal; empty when the chain read none (PARAMETRES, F01). */
    public Optional<String> empreinte() {
        if (octets == null) {
            return Optional.empty();
        }
        String e = empreinte;
        if (e == null) {
            e = sha256(octets);
            empreinte = e;
        }
        return Optional.of(e);
    }

    /** The SHA-256 of {@code octets}, in lowercase hexadecimal, as {@link #empreinte()} writes it. */
    public static String sha256(byte[] octets) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(octets));
        } catch (NoSuchAlgorithmException x) {
            throw new IllegalStateException("every JDK provides SHA-256", x);
        }
    }

    /** How many bytes were judged; empty when the chain read none. */
    public OptionalLong taille() {
        return octets == null ? OptionalLong.empty() : OptionalLong.of(octets.length);
    }

    /** The same outcome as an internal error: the adapter could not deliver it (the annotated file could not be written). */
    public Resultat enErreurInterne(Throwable cause) {
        return erreurInterne(List.of(), parametres, versions, cause).sur(octets);
    }

    /** The status message of spec §4 for this outcome. */
    public String message() {
        return switch (etat) {
            case REUSSI -> Messages.REUSSI;
            case ERREUR_INTERNE -> Messages.ERREUR_INTERNE;
            case REJETE -> etape == Etape.PARAMETRES || etape == Etape.FICHIER
                    ? erreurs.get(0).libelle()
                    : Messages.REJETE_FICHIER_DE_RETOUR;
            case EN_COURS, EN_ATTENTE -> throw new IllegalStateException("a result is never " + etat);
        };
    }
}
