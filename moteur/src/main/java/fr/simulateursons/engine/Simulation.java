package fr.simulateursons.engine;

import fr.simulateursons.engine.demandes.Contexte;
import fr.simulateursons.engine.demandes.ControleDemandes;
import fr.simulateursons.engine.fichier.AnalyseJson;
import fr.simulateursons.engine.fichier.Fichier;
import fr.simulateursons.engine.fichier.LectureFichier;
import fr.simulateursons.engine.format.ControleEntete;
import fr.simulateursons.engine.format.FormatSons;
import fr.simulateursons.engine.parametres.ControleParametres;
import fr.simulateursons.engine.parametres.Parametres;
import fr.simulateursons.engine.parametres.ParametresLus;
import fr.simulateursons.engine.parametres.SourcesDeParametres;
import fr.simulateursons.ressources.Dispositif;
import fr.simulateursons.ressources.Eligibilite;
import fr.simulateursons.ressources.Ressources;
import fr.simulateursons.ressources.RessourcesIllisibles;
import fr.simulateursons.ressources.SourceRessource;
import fr.simulateursons.ressources.SourcesDeRessources;
import fr.simulateursons.engine.demandes.FichierAnnote;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The chain: PARAMETRES → FICHIER → FORMAT → DEMANDES. The first stage that fails ends it, with every
 * error of that stage. It never throws: a fault of its own or of a resource is an ERREUR_INTERNE result.
 */
public final class Simulation {

    private static final String VERSION_FORMAT = "vague2-2025.1";
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final Clock horloge;
    private final FormatSons format;

    /** @param horloge gives the day of the simulation (in Europe/Paris) for D09 and D13 */
    public Simulation(Clock horloge, FormatSons format) {
        this.horloge = horloge;
        this.format = format;
    }

    public Resultat simuler(SourcesDeParametres sourcesParametres, Fichier fichier, SourcesDeRessources sourcesRessources) {
        ParametresLus lus = new ParametresLus(null, null, null);
        Resultat.Versions versions = new Resultat.Versions(null, null, null, VERSION_FORMAT);
        try {
            Ressources ressources = sourcesRessources.charger();
            versions = new Resultat.Versions(ressources.referentiel().version(), ressources.dispositifs().version(),
                    ressources.eligibilite().map(Eligibilite::version).orElse(null), VERSION_FORMAT);
            ControleParametres.Resultat p = new ControleParametres(ressources.referentiel()).controler(sourcesParametres);
            lus = p.lus();
            if (p.parametres().isEmpty()) {
                return Resultat.rejet(Etape.PARAMETRES, p.erreurs(), lus, versions);
            }
            return suite(p.parametres().get(), fichier, ressources, sourcesRessources, lus, versions);
        } catch (RessourcesIllisibles e) {
            List<Erreur> erreurs = e.sources().stream()
                    .map(s -> Code.R01.erreur(s.chemin(), s.type().nom()))
                    .toList();
            return Resultat.erreurInterne(erreurs, lus, versions, e);
        } catch (IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Whatever the input does to the engine, the caller gets a status, never a crash.
            return Resultat.erreurInterne(List.of(), lus, versions, e);
        }
    }

    private Resultat suite(Parametres parametres, Fichier fichier, Ressources ressources,
                           SourcesDeRessources sources, ParametresLus lus, Resultat.Versions version)
            throws IOException, RessourcesIllisibles {

        LectureFichier.Resultat lecture = LectureFichier.lire(fichier);
        if (lecture.erreur().isPresent()) {
            return rejet(Etape.FICHIER, List.of(lecture.erreur().get()), lus, version);
        }
        byte[] octets = lecture.octets();
        AnalyseJson.Resultat analyse = AnalyseJson.analyser(octets);
        if (analyse.erreur().isPresent()) {
            return rejet(Etape.FICHIER, List.of(analyse.erreur().get()), lus, version);
        }
        JsonNode document = analyse.document();

        List<Erreur> format = this.format.controler(document, parametres.typeDemande());
        if (format.isEmpty()) {
            format = ControleEntete.controler(document, parametres);
        }
        if (!format.isEmpty()) {
            return rejet(Etape.FORMAT, format, lus, version);
        }

        Contexte contexte = new Contexte(parametres, dispositif(document, ressources, sources.dispositifs()),
                ressources.eligibilite(), LocalDate.ofInstant(horloge.instant(), PARIS));
        Map<Integer, List<Erreur>> anomalies = ControleDemandes.controler(document, contexte);
        Resultat.Synthese synthese = new Resultat.Synthese(document.get("demandes").size(), anomalies.size());
        List<String> ids = new ArrayList<>();
        document.get("demandes").forEach(d -> ids.add(d.path("idDemande").asString()));
        if (anomalies.isEmpty()) {
            return Resultat.reussi(synthese, lus, version, ids);
        }
        return Resultat.rejetDemandes(synthese, lus, version, ids, FichierAnnote.annoter(octets, anomalies), anomalies);
    }

    /**
     * E04 has checked that the solution covers the file's dispositif; a référentiel naming a dispositif
     * that the dispositifs resource lacks is a fault of the resources, not of the file.
     */
    private static Dispositif dispositif(JsonNode document, Ressources ressources, SourceRessource source)
            throws RessourcesIllisibles {
        String code = document.get("dispositif").asString();
        return ressources.dispositifs().dispositif(code).orElseThrow(() -> new RessourcesIllisibles(
                List.of(source), new IllegalStateException("dispositif absent des dispositifs : " + code)));
    }

    private static Resultat rejet(Etape etape, List<Erreur> erreurs, ParametresLus lus, Resultat.Versions version) {
        return Resultat.rejet(etape, erreurs, lus, version);
    }

}
