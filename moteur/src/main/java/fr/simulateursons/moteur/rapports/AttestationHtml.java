package fr.simulateursons.moteur.rapports;

import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.Statut;

import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * {@code html}: the <em>attestation de simulation</em> of spec §7, for a vendor's records or a support request. One
 * self-contained page (no script, no font, no image, nothing fetched), French, printable on A4: the verdict as the
 * portal shows it, the stages passed, the file's name, size and SHA-256, the parameters, the versions of every
 * resource, start and end, and the table of errors or of demandes in anomaly. A lot gives one page with a summary,
 * then one attestation per file, each on its own printed page.
 *
 * <p>Every figure that the status holds is also in a {@code data-champ} attribute (or {@code <time datetime>}), so
 * that a program can read the page back as exactly as a person does.
 */
final class AttestationHtml implements EcrivainRapport {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter HEURE_DE_PARIS =
            DateTimeFormatter.ofPattern("dd/MM/uuuu 'à' HH:mm:ss,SSS").withZone(PARIS);
    private static final String ABSENT = "—";

    @Override
    public void ecrire(List<FichierSimule> fichiers, Writer sortie) throws IOException {
        boolean lot = fichiers.size() > 1;
        Html h = new Html(sortie);
        h.brut("<!DOCTYPE html>\n<html lang=\"fr\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
        h.texte(lot ? "Attestations de simulation — " + fichiers.size() + " fichiers"
                : "Attestation de simulation — " + fichiers.get(0).fichier());
        h.brut("</title>\n<style>\n" + Textes.STYLE_ATTESTATION + "</style>\n</head>\n<body>\n<main>\n");
        if (lot) {
            h.brut("<div class=\"couverture\">\n<header class=\"entete\">\n<p class=\"surtitre\">Simulateur SONS · "
                    + "Ségur numérique, vague 2</p>\n<h1>Attestations de simulation</h1>\n</header>\n");
            sommaire(h, fichiers);
            h.brut("</div>\n");
        }
        for (int i = 0; i < fichiers.size(); i++) {
            attestation(h, fichiers.get(i), lot ? i + 1 : 0);
        }
        h.brut("</main>\n</body>\n</html>\n");
    }

    private static void sommaire(Html h, List<FichierSimule> fichiers) throws IOException {
        h.brut("<section class=\"sommaire\">\n<table class=\"donnees\">\n<caption>Fichiers simulés (" + fichiers.size() + ")</caption>\n"
                + "<thead><tr><th scope=\"col\">Fichier</th><th scope=\"col\">Verdict</th>"
                + "<th scope=\"col\" class=\"nombre\">Demandes</th><th scope=\"col\" class=\"nombre\">En anomalie</th>"
                + "</tr></thead>\n<tbody>\n");
        for (int i = 0; i < fichiers.size(); i++) {
            FichierSimule f = fichiers.get(i);
            Statut s = f.statut();
            h.brut("<tr><th scope=\"row\"><a href=\"#fichier-" + (i + 1) + "\">").texte(f.fichier()).brut("</a></th><td>")
                    .brut("<span class=\"pastille " + classe(s.etat()) + "\">").texte(etat(s)).brut("</span></td>")
                    .brut("<td class=\"nombre\">").texte(s.synthese() == null ? ABSENT : Textes.nombre(s.synthese().demandes()))
                    .brut("</td><td class=\"nombre\">")
                    .texte(s.synthese() == null ? ABSENT : Textes.nombre(s.synthese().demandesEnAnomalie()))
                    .brut("</td></tr>\n");
        }
        h.brut("</tbody>\n</table>\n</section>\n");
    }

    /** @param rang 1-based in a lot, where headings go one level down; 0 alone */
    private static void attestation(Html h, FichierSimule f, int rang) throws IOException {
        Statut s = f.statut();
        String titre = rang > 0 ? "h2" : "h1";
        String section = rang > 0 ? "h3" : "h2";
        h.brut("<article class=\"attestation\"" + (rang > 0 ? " id=\"fichier-" + rang + "\"" : "") + ">\n");
        h.brut("<header class=\"entete\">\n");
        if (rang == 0) {
            h.brut("<p class=\"surtitre\">Simulateur SONS · Ségur numérique, vague 2</p>\n");
        }
        h.brut("<" + titre + ">Attestation de simulation</" + titre + ">\n<p class=\"fichier\">").texte(f.fichier())
                .brut("</p>\n<p class=\"reference\">Simulation n° <code data-champ=\"simulationId\">")
                .texte(valeur(s.simulationId())).brut("</code></p>\n</header>\n");

        h.brut("<section class=\"verdict " + classe(s.etat()) + "\" aria-label=\"Verdict\">\n<p class=\"etat\" "
                + "data-champ=\"etat\" data-valeur=\"" + s.etat() + "\">").texte(etat(s)).brut("</p>\n")
                .brut("<p class=\"message\" data-champ=\"message\">").texte(s.message()).brut("</p>\n</section>\n");

        etapes(h, f, section);

        h.brut("<div class=\"grille\">\n");
        h.brut("<section class=\"large\">\n<" + section + ">Fichier simulé</" + section + ">\n<dl>\n");
        ligne(h, "Nom", "nom", f.fichier());
        Long taille = s.entree() == null ? null : s.entree().taille();
        h.brut("<div><dt>Taille</dt><dd data-champ=\"taille\"" + (taille == null ? "" : " data-valeur=\"" + taille + "\"")
                + ">").texte(taille == null ? ABSENT : Textes.nombre(taille) + " octets").brut("</dd></div>\n");
        ligne(h, "Empreinte SHA-256", "sha256", empreinte(f));
        if (s.sortie() != null) {
            ligne(h, "Fichier de sortie annoté", "sortie", s.sortie());
        }
        h.brut("</dl>\n</section>\n");

        ParametresLus p = s.parametres();
        h.brut("<section>\n<" + section + ">Paramètres</" + section + ">\n<dl>\n");
        ligne(h, "Numéro ANS", "numeroAns", p == null ? null : p.numeroAns());
        ligne(h, "Type de demande", "typeDemande", p == null ? null : p.typeDemande());
        ligne(h, "Taux de TVA", "tauxTva", p == null || p.tauxTva() == null ? null : p.tauxTva() + " %");
        ligne(h, "Date de dépôt", "dateDepot", p == null ? null : p.dateDepot());
        h.brut("</dl>\n</section>\n");

        h.brut("<section>\n<" + section + ">Versions</" + section + ">\n<dl>\n");
        boolean lues = f.versions().referentiel() != null;
        ligne(h, "Référentiel", "referentiel", f.versions().referentiel());
        ligne(h, "Dispositifs", "dispositifs", f.versions().dispositifs());
        ligne(h, "Base des établissements éligibles", "eligibilite", f.versions().eligibilite() != null
                ? f.versions().eligibilite() : lues ? "aucune (contrôle D14 non exécuté)" : null);
        ligne(h, "Format SONS", "format", f.versions().format());
        h.brut("</dl>\n</section>\n");

        h.brut("<section class=\"large\">\n<" + section + ">Horodatage</" + section + ">\n<dl class=\"en-ligne\">\n");
        instant(h, "Début", "debut", s.debut());
        instant(h, "Fin", "fin", s.fin());
        ligne(h, "Durée", "duree", s.debut() == null || s.fin() == null ? null
                : Textes.nombre(Duration.between(s.debut(), s.fin()).toMillis()) + " ms");
        h.brut("</dl>\n</section>\n</div>\n");

        if (s.etape() == Etape.DEMANDES || s.etat() == Etat.REUSSI) {
            demandes(h, f, section);
        } else if (!s.erreurs().isEmpty()) {
            erreurs(h, f, section);
        }

        h.brut("<footer class=\"pied\">\n<p>Attestation établie par Simulateur SONS, ré-implémentation ouverte du "
                + "simulateur privé d'import JSON du Portail Ségur Numérique (ASP). Elle rend compte du résultat de "
                + "cette simulation sur le fichier dont l'empreinte SHA-256 figure ci-dessus ; elle ne vaut ni dépôt "
                + "d'une demande de financement ni décision de l'ASP.</p>\n</footer>\n</article>\n");
    }

    private static void etapes(Html h, FichierSimule f, String section) throws IOException {
        h.brut("<section>\n<" + section + ">Étapes du contrôle</" + section + ">\n<ol class=\"etapes\">\n");
        List<Etape> franchies = f.etapesFranchies();
        for (Etape e : Etape.values()) {
            String etat;
            String classe;
            if (franchies.contains(e)) {
                etat = "franchie";
                classe = "franchie";
            } else if (e == f.statut().etape()) {
                etat = "rejet";
                classe = "rejet";
            } else {
                etat = f.statut().etat() == Etat.ERREUR_INTERNE ? "non conclue" : "non atteinte";
                classe = "non-atteinte";
            }
            h.brut("<li class=\"" + classe + "\" data-etape=\"" + e + "\" data-etat=\"" + classe + "\">"
                    + "<span class=\"nom-etape\">" + e + "</span> <span class=\"etat-etape\">" + etat + "</span></li>\n");
        }
        h.brut("</ol>\n</section>\n");
    }

    private static void erreurs(Html h, FichierSimule f, String section) throws IOException {
        List<Constat> erreurs = f.constats();
        h.brut("<section>\n<" + section + ">Erreurs</" + section + ">\n<table class=\"donnees\" data-champ=\"erreurs\">\n"
                + "<caption>Erreurs de l'étape " + (f.statut().etape() == null ? "" : f.statut().etape() + " ") + "("
                + erreurs.size() + ")</caption>\n<thead><tr><th scope=\"col\">Code</th><th scope=\"col\">Libellé</th>"
                + "<th scope=\"col\">Chemin</th><th scope=\"col\" class=\"nombre\">Ligne</th>"
                + "<th scope=\"col\" class=\"nombre\">Colonne</th></tr></thead>\n<tbody>\n");
        for (Constat c : erreurs) {
            h.brut("<tr><th scope=\"row\" class=\"code\">").texte(c.erreur().code().name()).brut("</th>");
            cellules(h, c.erreur(), false);
            h.brut("</tr>\n");
        }
        h.brut("</tbody>\n</table>\n</section>\n");
    }

    private static void demandes(Html h, FichierSimule f, String section) throws IOException {
        Statut s = f.statut();
        int total = s.synthese() == null ? f.idDemandes().size() : s.synthese().demandes();
        h.brut("<section>\n<" + section + ">Demandes</" + section + ">\n<p class=\"synthese\">"
                + "<span data-champ=\"demandes\" data-valeur=\"" + total + "\">" + Textes.nombre(total) + "</span> demande"
                + (total > 1 ? "s" : "") + " contrôlée" + (total > 1 ? "s" : "") + ", <span data-champ=\"demandesEnAnomalie\" "
                + "data-valeur=\"" + f.anomalies().size() + "\">" + Textes.nombre(f.anomalies().size()) + "</span> en anomalie.</p>\n");
        if (f.anomalies().isEmpty()) {
            h.brut("</section>\n");
            return;
        }
        h.brut("<table class=\"donnees\" data-champ=\"anomalies\">\n<caption>Demandes en anomalie ("
                + Textes.nombre(f.anomalies().size()) + " sur " + Textes.nombre(total) + ")</caption>\n<thead><tr>"
                + "<th scope=\"col\">Demande</th><th scope=\"col\">Code</th><th scope=\"col\">Libellé</th>"
                + "<th scope=\"col\">Chemin</th><th scope=\"col\" class=\"nombre\">Ligne</th>"
                + "<th scope=\"col\" class=\"nombre\">Colonne</th><th scope=\"col\">Attendu</th></tr></thead>\n");
        for (int i : f.anomalies().keySet().stream().sorted().toList()) {
            List<Constat> anomalies = f.constats(i);
            h.brut("<tbody data-demande=\"" + i + "\">\n");
            for (int j = 0; j < anomalies.size(); j++) {
                h.brut("<tr>");
                if (j == 0) {
                    h.brut("<th scope=\"rowgroup\" rowspan=\"" + anomalies.size() + "\" class=\"demande\">")
                            .texte(valeur(f.idDemande(i))).brut("<span class=\"index\">n° " + (i + 1) + "</span></th>");
                }
                h.brut("<td class=\"code\">").texte(anomalies.get(j).erreur().code().name()).brut("</td>");
                cellules(h, anomalies.get(j).erreur(), true);
                h.brut("</tr>\n");
            }
            h.brut("</tbody>\n");
        }
        h.brut("</table>\n</section>\n");
    }

    private static void cellules(Html h, Erreur e, boolean attendu) throws IOException {
        h.brut("<td>").texte(e.libelle());
        if (e.detail() != null) {
            h.brut("<br><span class=\"detail\" data-champ=\"detail\">").texte(e.detail()).brut("</span>");
        }
        h.brut("</td><td class=\"chemin\">");
        chemin(h, e.chemin());
        h.brut("</td><td class=\"nombre\">").texte(e.ligne() == null ? ABSENT : e.ligne().toString())
                .brut("</td><td class=\"nombre\">").texte(e.colonne() == null ? ABSENT : e.colonne().toString())
                .brut("</td>");
        if (attendu) {
            h.brut("<td class=\"attendu\">").texte(valeur(e.attendu())).brut("</td>");
        }
    }

    /** A JSON Pointer that may break after each {@code /}, never inside a name. */
    private static void chemin(Html h, String chemin) throws IOException {
        if (chemin == null) {
            h.texte(ABSENT);
            return;
        }
        String[] morceaux = chemin.split("/", -1);
        for (int i = 0; i < morceaux.length; i++) {
            h.brut(i == 0 ? "" : "/<wbr>").texte(morceaux[i]);
        }
    }

    private static void ligne(Html h, String libelle, String champ, String valeur) throws IOException {
        h.brut("<div><dt>").texte(libelle).brut("</dt><dd data-champ=\"" + champ + "\">").texte(valeur(valeur))
                .brut("</dd></div>\n");
    }

    private static void instant(Html h, String libelle, String champ, Instant t) throws IOException {
        h.brut("<div><dt>").texte(libelle).brut("</dt><dd data-champ=\"" + champ + "\">");
        if (t == null) {
            h.texte(ABSENT);
        } else {
            h.brut("<time datetime=\"" + t + "\">").texte(HEURE_DE_PARIS.format(t)).brut("</time> (heure de Paris)")
                    .brut("<span class=\"utc\">UTC ").texte(t.toString()).brut("</span>");
        }
        h.brut("</dd></div>\n");
    }

    private static String empreinte(FichierSimule f) {
        return f.sha256() != null ? f.sha256() : "non calculée : le fichier n'a pas été lu";
    }

    private static String etat(Statut s) {
        return switch (s.etat()) {
            case REUSSI -> "Simulation réussie";
            case REJETE -> "Simulation rejetée à l'étape " + s.etape();
            case ERREUR_INTERNE -> "Erreur technique : simulation non aboutie";
            case EN_COURS, EN_ATTENTE -> "Simulation en cours";
        };
    }

    private static String classe(Etat etat) {
        return switch (etat) {
            case REUSSI -> "reussi";
            case REJETE -> "rejete";
            default -> "erreur";
        };
    }

    private static String valeur(String v) {
        return v == null ? ABSENT : v;
    }

    /** The page as it is written: markup as is, text always escaped. */
    private record Html(Writer sortie) {
        Html brut(String balisage) throws IOException {
            sortie.write(balisage);
            return this;
        }

        Html texte(String texte) throws IOException {
            sortie.write(Textes.xml(texte));
            return this;
        }
    }
}
