package fr.simulateursons.moteur.format;

import fr.simulateursons.moteur.Code;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.annulation.Annulation;
import fr.simulateursons.moteur.demandes.Valeur;
import fr.simulateursons.moteur.demandes.Demande;
import fr.simulateursons.moteur.parametres.TypeDemande;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.pack.Manifeste;
import fr.simulateursons.moteur.pack.Pointeur;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The read check of FORMAT (spec §6): every value the rules read is read through the pack, in the pack's forms.
 * One that is absent is S01, one of another JSON type S03, a date that is no calendar day or an amount that is no
 * amount S04 — unless the schema already reported an error at that place or above it. When nothing is wrong,
 * the header and the demandes come out typed, for E01–E04 and DEMANDES.
 */
final class LectureDocument {

    /** The header's values. */
    record Entete(Valeur<String> siret, Valeur<String> numeroReferencement, Valeur<String> dispositif) {
    }

    /** What was read: complete exactly when {@code erreurs} is empty. */
    record Lu(Entete entete, List<Demande> demandes, List<Erreur> erreurs) {
    }

    private final Pack format;
    private final JsonNode document;
    private final Set<String> dejaSignales;
    private final List<Erreur> erreurs = new ArrayList<>();

    private LectureDocument(Pack format, JsonNode document, Set<String> dejaSignales) {
        this.format = format;
        this.document = document;
        this.dejaSignales = dejaSignales;
    }

    /** @param dejaSignales the chemins where the schema found an error */
    static Lu lire(JsonNode document, Pack format, TypeDemande type, Set<String> dejaSignales) {
        return new LectureDocument(format, document, dejaSignales).lire(type);
    }

    private Lu lire(TypeDemande type) {
        Manifeste.Entete e = format.entete();
        Entete entete = new Entete(texte(document, "", e.siret()), texte(document, "", e.numeroReferencement()),
                texte(document, "", e.dispositif()));
        List<Demande> demandes = new ArrayList<>();
        String cheminDemandes = format.demandes().texte();
        JsonNode tableau = format.demandes().lire(document);
        if (tableau.isMissingNode()) {
            signaler(Code.S01.erreur(cheminDemandes, format.demandes().nom()));
        } else if (!tableau.isArray()) {
            signaler(Code.S03.erreur(cheminDemandes, format.demandes().nom(), "tableau"));
        } else {
            for (int i = 0; i < tableau.size(); i++) {
                Annulation.verifier(i);
                JsonNode n = tableau.get(i);
                String base = cheminDemandes + "/" + i;
                if (!n.isObject()) {
                    signaler(Code.S03.erreur(base, format.demandes().nom(), "objet"));
                    continue;
                }
                demandes.add(demande(i, n, base, type));
            }
        }
        return new Lu(entete, erreurs.isEmpty() ? demandes : List.of(), List.copyOf(erreurs));
    }

    private Demande demande(int index, JsonNode n, String base, TypeDemande type) {
        Manifeste.Demande d = format.demande();
        boolean solde = type == TypeDemande.SOLDE;
        return new Demande(index, texte(n, base, d.idDemande()), texte(n, base, d.prestation()),
                texte(n, base, d.finessJuridique()), texte(n, base, d.finessGeographique()), texte(n, base, d.siret()),
                bloc(n, base, d.bonDeCommande()),
                d.factureDecrite().filter(f -> solde).map(f -> bloc(n, base, f)),
                d.attestationDecrite().filter(a -> solde).map(a -> date(n, base, a)));
    }

    private Demande.Bloc bloc(JsonNode n, String base, Manifeste.Montants m) {
        return new Demande.Bloc(date(n, base, m.date()), montant(n, base, m.montantHT()),
                montant(n, base, m.montantTVA()), montant(n, base, m.montantTTC()));
    }

    private Valeur<String> texte(JsonNode depuis, String base, Pointeur p) {
        JsonNode v = present(depuis, base, p);
        if (v == null) {
            return null;
        }
        if (!v.isString()) {
            signaler(Code.S03.erreur(base + p.texte(), p.nom(), "texte"));
            return null;
        }
        return new Valeur<>(v.asString(), v, base, p.texte());
    }

    private Valeur<LocalDate> date(JsonNode depuis, String base, Pointeur p) {
        JsonNode v = present(depuis, base, p);
        return v == null ? null : lu(format.formeDate().lire(v), v, base, p);
    }

    private Valeur<BigDecimal> montant(JsonNode depuis, String base, Pointeur p) {
        JsonNode v = present(depuis, base, p);
        return v == null ? null : lu(format.formeMontant().lire(v), v, base, p);
    }

    /** The node at {@code p}, or null after S01 when it is absent. */
    private JsonNode present(JsonNode depuis, String base, Pointeur p) {
        JsonNode v = p.lire(depuis);
        if (v.isMissingNode()) {
            signaler(Code.S01.erreur(base + p.texte(), p.nom()));
            return null;
        }
        return v;
    }

    /** A date or an amount read in the pack's form, or null after S04 when it is none. */
    private <T> Valeur<T> lu(Optional<T> lu, JsonNode v, String base, Pointeur p) {
        if (lu.isEmpty()) {
            signaler(Code.S04.erreur(base + p.texte(), p.nom()));
            return null;
        }
        return new Valeur<>(lu.get(), v, base, p.texte());
    }

    private void signaler(Erreur e) {
        if (!signaleAuDessus(e.chemin())) {
            erreurs.add(e);
        }
    }

    /** The schema reported an error at that place, or at an object or array that holds it. */
    private boolean signaleAuDessus(String chemin) {
        for (String c = chemin; ; c = c.substring(0, c.lastIndexOf('/'))) {
            if (dejaSignales.contains(c)) {
                return true;
            }
            if (c.isEmpty()) {
                return false;
            }
        }
    }
}
