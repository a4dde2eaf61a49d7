package fr.simulateursons.moteur.chaine;

import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Etape;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.demandes.Contexte;
import fr.simulateursons.moteur.demandes.ControleDemandes;
import fr.simulateursons.moteur.demandes.Demande;
import fr.simulateursons.moteur.demandes.FichierAnnote;
import fr.simulateursons.moteur.fichier.AnalyseJson;
import fr.simulateursons.moteur.json.MotifsBornes;
import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.fichier.LectureFichier;
import fr.simulateursons.moteur.format.ControleFormat;
import fr.simulateursons.moteur.parametres.ControleParametres;
import fr.simulateursons.moteur.parametres.ParametresValides;
import fr.simulateursons.moteur.Parametres;
import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.ressources.Dispositif;
import fr.simulateursons.moteur.ressources.Eligibilite;
import fr.simulateursons.moteur.ressources.Ressources;
import fr.simulateursons.moteur.RessourcesIllisibles;
import fr.simulateursons.moteur.ressources.SourcesDeRessources;
import fr.simulateursons.moteur.ressources.TypeRessource;
import fr.simulateursons.moteur.pack.Pack;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The chain: PARAMETRES → FICHIER → FORMAT → DEMANDES, against the resources and the format pack of
 * {@link SourcesDeRessources}. The first stage that fails ends it, with every error of that stage. It never
 * throws: a fault of its own or of a resource is an ERREUR_INTERNE result.
 */
public final class Simulation {

    private final Clock horloge;

    /** @param horloge gives the moment of the simulation: the date de dépôt when none is given */
    public Simulation(Clock horloge) {
        this.horloge = horloge;
    }

    public Resultat simuler(Parametres sourcesParametres, Fichier fichier, SourcesDeRessources sourcesRessources) {
        return simuler(sourcesParametres, fichier, sourcesRessources, null);
    }

    /** @param lues the resources already read from {@code sourcesRessources}; null: read them now */
    public Resultat simuler(Parametres sourcesParametres, Fichier fichier, SourcesDeRessources sourcesRessources,
                            Ressources lues) {
        ParametresLus lus = ParametresLus.AUCUN;
        Resultat.Versions versions = Resultat.Versions.AUCUNE;
        try {
            Ressources ressources = lues != null ? lues : sourcesRessources.charger();
            ControleParametres.Controle p = new ControleParametres(ressources.referentiel(), ressources.format())
                    .controler(sourcesParametres, horloge.instant());
            versions = new Resultat.Versions(ressources.referentiel().version(), ressources.dispositifs().version(),
                    ressources.eligibilite().map(Eligibilite::version).orElse(null), p.format());
            lus = p.lus();
            if (p.parametres().isEmpty()) {
                return Resultat.rejet(Etape.PARAMETRES, p.erreurs(), lus, versions);
            }
            return suite(p.parametres().get(), fichier, ressources, sourcesRessources, lus, versions);
        } catch (RessourcesIllisibles e) {
            List<Erreur> erreurs = e.illisibles().stream().map(RessourcesIllisibles.Illisible::erreur).toList();
            return Resultat.erreurInterne(erreurs, lus, versions, e);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Whatever the input does to the engine, the caller gets a status, never a crash.
            return Resultat.erreurInterne(List.of(), lus, versions, e);
        }
    }

    private Resultat suite(ParametresValides parametres, Fichier fichier, Ressources ressources, SourcesDeRessources sources,
                           ParametresLus lus, Resultat.Versions versions) throws IOException, RessourcesIllisibles {
        LectureFichier.Lecture lecture = LectureFichier.lire(fichier);
        if (lecture.erreur().isPresent()) {
            return Resultat.rejet(Etape.FICHIER, List.of(lecture.erreur().get()), lus, versions);
        }
        byte[] octets = lecture.octets();
        return juger(octets, parametres, ressources, sources, lus, versions).sur(octets);
    }

    /** FICHIER's syntax check, FORMAT and DEMANDES on the bytes read. */
    private Resultat juger(byte[] octets, ParametresValides parametres, Ressources ressources, SourcesDeRessources sources,
                           ParametresLus lus, Resultat.Versions versions) throws RessourcesIllisibles {
        AnalyseJson.Analyse analyse = AnalyseJson.analyser(octets);
        if (analyse.erreur().isPresent()) {
            return Resultat.rejet(Etape.FICHIER, List.of(analyse.erreur().get()), lus, versions);
        }
        JsonNode document = analyse.document();

        Pack format = parametres.pack();
        ControleFormat.Controle controle;
        try {
            controle = ControleFormat.controler(document, format, parametres);
        } catch (MotifsBornes.MotifTropCouteux e) {
            throw illisible(SourcesDeRessources.FORMAT_SONS, format.chemin(), "Le motif « " + e.motif() + " » de la balise "
                    + format.type(parametres.typeDemande().name()).baliseDuMotif(e.motif()) + " demande trop de calcul "
                    + "sur une valeur du fichier pour être évalué en temps borné (quantificateurs imbriqués ?).");
        }
        if (!controle.erreurs().isEmpty()) {
            return Resultat.rejet(Etape.FORMAT, Localisation.localiser(octets, controle.erreurs()), lus, versions);
        }

        List<Demande> demandes = controle.demandes();
        Dispositif dispositif = dispositif(document, format, ressources, sources);
        Contexte contexte = new Contexte(parametres, dispositif, plafonds(demandes, format, dispositif),
                ressources.eligibilite(), parametres.dateDepot().jour(), demandes);
        Map<Integer, List<Erreur>> anomalies = ControleDemandes.controler(demandes, contexte);
        Resultat.Synthese synthese = new Resultat.Synthese(demandes.size(), anomalies.size());
        List<String> ids = demandes.stream().map(d -> d.idDemande().valeur()).toList();
        if (anomalies.isEmpty()) {
            return Resultat.reussi(synthese, lus, versions, ids);
        }
        Localisation.Anomalies localisees = Localisation.localiser(octets, format.demandes().texte(), anomalies);
        return Resultat.rejetDemandes(synthese, lus, versions, ids,
                FichierAnnote.annoter(octets, localisees.fermetures(), localisees.parDemande()), localisees.parDemande());
    }

    /**
     * E04 has checked that the solution covers the file's dispositif; a référentiel naming a dispositif
     * that the dispositifs resource lacks is a fault of the resources, not of the file.
     */
    private static Dispositif dispositif(JsonNode document, Pack format, Ressources ressources,
                                         SourcesDeRessources sources) throws RessourcesIllisibles {
        String code = format.entete().dispositif().lire(document).asString();
        return ressources.dispositifs().dispositif(code).orElseThrow(() -> illisible(TypeRessource.DISPOSITIFS.nom(),
                sources.dispositifs().chemin(), "Le dispositif " + code + ", que le référentiel couvre, n'y est pas défini."));
    }

    /**
     * The plafond of each prestation value of the file. The pack's schema admitted the value: a pack that does not
     * map it, or maps it to a plafond its file's dispositif lacks, is at fault — the pack is what a vendor writes.
     */
    private static Map<String, BigDecimal> plafonds(List<Demande> demandes, Pack format, Dispositif dispositif)
            throws RessourcesIllisibles {
        Map<String, BigDecimal> plafonds = new HashMap<>();
        for (Demande d : demandes) {
            String prestation = d.prestation().valeur();
            if (plafonds.containsKey(prestation)) {
                continue;
            }
            String cle = format.clePlafond(prestation).orElseThrow(() -> illisible(SourcesDeRessources.FORMAT_SONS,
                    format.chemin(), "La prestation " + prestation + ", que le schéma admet, n'a pas de clé de plafond "
                            + "dans prestations."));
            BigDecimal plafond = dispositif.plafondsHT().get(cle);
            if (plafond == null) {
                throw illisible(SourcesDeRessources.FORMAT_SONS, format.chemin(), "La prestation " + prestation
                        + " renvoie au plafond " + cle + ", que le dispositif " + dispositif.code() + " ne définit pas.");
            }
            plafonds.put(prestation, plafond);
        }
        return plafonds;
    }

    private static RessourcesIllisibles illisible(String nom, String chemin, String detail) {
        return new RessourcesIllisibles(List.of(new RessourcesIllisibles.Illisible(nom, chemin, detail)),
                new IllegalStateException(detail));
    }
}
