package fr.simulateursons.cli;

import fr.simulateursons.aws.Json;
import fr.simulateursons.aws.depot.ResumeSimulation;
import fr.simulateursons.moteur.Erreur;
import fr.simulateursons.moteur.Etat;
import fr.simulateursons.moteur.Fichier;
import fr.simulateursons.moteur.ParametresLus;
import fr.simulateursons.moteur.Resultat;
import fr.simulateursons.moteur.Statut;
import fr.simulateursons.moteur.rapports.FichierSimule;
import org.apache.commons.cli.Option;
import org.apache.commons.cli.Options;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * {@code deposer} (spec §8): {@code simuler} through a deployed upload API, as a vendor's CI runs it against the
 * team's stack — create the simulation, upload the file to the presigned URL with every header the API asks for, poll
 * its status until it is final (a bounded wait), fetch the annotated file; then the same stdout, reports and exit
 * codes as {@code simuler}, and 4 when the API cannot be used or the wait runs out.
 */
final class DeposerCommande extends CommandeSimple {

    static final int API_INJOIGNABLE = 4;
    static final String VARIABLE_CLE = "SIMULATEUR_SONS_CLE_API";
    private static final String API = "api";
    private static final String CLE_API = "cle-api";
    private static final String ATTENTE = "attente";
    private static final Duration PAUSE_MAX = Duration.ofSeconds(2);

    private final Clock horloge;
    private final PrintStream out;
    private final PrintStream err;
    private final boolean terminal;
    private final Map<String, String> environnement;

    DeposerCommande(Clock horloge, PrintStream out, PrintStream err, boolean terminal, Map<String, String> environnement) {
        this.horloge = horloge;
        this.out = out;
        this.err = err;
        this.terminal = terminal;
        this.environnement = environnement;
    }

    @Override
    public String nom() {
        return "deposer";
    }

    @Override
    public String description() {
        return "Simule un fichier à travers l'API de dépôt déployée (création, dépôt, attente du verdict).";
    }

    @Override
    String operandes() {
        return "FICHIER";
    }

    @Override
    Options options() {
        Options options = new Options()
                .addOption(Option.builder().longOpt(API).hasArg().argName("URL").required()
                        .desc("Adresse de l'API de dépôt (https://…/).").get())
                .addOption(LigneDeCommande.valeur(CLE_API, "CLE",
                        "Clé d'API (défaut : la variable " + VARIABLE_CLE + ")."))
                .addOption(LigneDeCommande.valeur(ATTENTE, "SECONDES", "Attente du verdict au plus (défaut : 120)."));
        OptionsSimulation.declarer(options);
        OptionsRapports.declarer(options);
        return options;
    }

    @Override
    int executer(LigneDeCommande ligne) throws IOException, LigneInvalide {
        URI api = URI.create(ligne.texte(API));
        String cle = Optional.ofNullable(ligne.texte(CLE_API)).orElse(environnement.get(VARIABLE_CLE));
        Duration attente = Duration.ofSeconds(ligne.entier(ATTENTE, 120));
        OptionsSimulation simulation = OptionsSimulation.de(ligne);
        OptionsRapports rapports = OptionsRapports.de(ligne);
        Optional<String> refus = simulation.refus(rapports);
        if (refus.isPresent()) {
            err.println(refus.get());
            return Main.LIGNE_DE_COMMANDE;
        }
        Path fichier = simulation.fichier();
        long taille = Files.size(fichier);
        byte[] octets;
        try (InputStream in = Files.newInputStream(fichier)) {
            octets = in.readNBytes(Fichier.TAILLE_MAX + 1);
        }
        Restitution restitution = new Restitution(rapports, out, err, terminal, simulation.debug());
        try {
            return restitution.restituer(deposer(new ClientApi(api, cle), simulation, octets, taille, attente),
                    simulation.cible());
        } catch (ClientApi.Injoignable e) {
            err.println(e.getMessage());
            return API_INJOIGNABLE;
        }
    }

    private Restitution.Simulee deposer(ClientApi client, OptionsSimulation simulation, byte[] octets, long taille,
                                        Duration attente) throws ClientApi.Injoignable {
        // The reports name the file as the vendor knows it, not by its key in the input bucket.
        String nom = simulation.fichier().toString();
        Map<String, Object> corps = new LinkedHashMap<>();
        corps.put("numeroAns", simulation.numeroAns());
        corps.put("typeDemande", simulation.typeDemande());
        corps.put("tauxTva", simulation.tauxTva());
        corps.put("dateDepot", simulation.dateDepot());
        corps.put("taille", taille);
        ClientApi.Reponse creation = client.creer(corps);
        if (creation.statut() == 400 && creation.corps().path("erreurs").size() > 0) {
            // Refused at creation by the engine's own P-rules, or F01 on the size: the simulation's rejection.
            // No byte was judged: the attestation says its SHA-256 was not computed, as simuler's does.
            return new Simulee(nom, refusee(creation.corps(), simulation, taille), List.of(), Optional.empty(), null);
        }
        if (creation.statut() != 201) {
            throw new ClientApi.Injoignable("L'API a refusé la création de la simulation (HTTP " + creation.statut()
                    + ") : " + creation.corps().path("message").asString("") + ".");
        }
        JsonNode depot = creation.corps().path("depot");
        Map<String, String> entetes = new TreeMap<>();
        depot.path("entetes").properties().forEach(e -> entetes.put(e.getKey(), e.getValue().asString()));
        client.deposer(depot.path("url").asString(), entetes, octets);
        String id = creation.corps().path("simulationId").asString();
        JsonNode reponse = attendre(client, id, attente);
        Optional<byte[]> annote = Optional.empty();
        if (reponse.path("fichierDeSortie").isString()) {
            annote = Optional.of(client.telecharger(reponse.path("fichierDeSortie").asString()));
        }
        return new Simulee(nom, Statut.lire(Json.MAPPER.writeValueAsBytes(reponse)), reponse.path("anomalies")
                .valueStream().map(a -> Json.MAPPER.treeToValue(a, ResumeSimulation.AnomalieListee.class)).toList(),
                annote, octets);
    }

    /** The status polled until it is final, pausing longer each time, for {@code attente} at most. */
    private JsonNode attendre(ClientApi client, String id, Duration attente) throws ClientApi.Injoignable {
        long limite = System.nanoTime() + attente.toNanos();
        Duration pause = Duration.ofMillis(200);
        String etat = "";
        while (true) {
            ClientApi.Reponse reponse = client.consulter(id);
            JsonNode r = reponse.corps();
            if (reponse.statut() / 100 == 4 && reponse.statut() != 429) {
                // The API will not answer otherwise by waiting: an unknown simulation, a route it does not have.
                throw new ClientApi.Injoignable("L'API ne suit pas la simulation " + id + " (HTTP " + reponse.statut()
                        + ") : " + r.path("message").asString("").replaceAll("\\.$", "") + ".");
            }
            etat = reponse.statut() == 200 ? r.path("etat").asString("") : "";
            if (etat.equals(Etat.REUSSI.name()) || etat.equals(Etat.REJETE.name())
                    || etat.equals(Etat.ERREUR_INTERNE.name())) {
                return r;
            }
            if (System.nanoTime() + pause.toNanos() > limite) {
                throw new ClientApi.Injoignable("L'attente du verdict a dépassé " + attente.toSeconds() + " s (état "
                        + (etat.isEmpty() ? "inconnu : l'API ne répond pas" : etat) + ") : relancez avec une --attente "
                        + "plus longue, ou suivez la simulation " + id + ".");
            }
            try {
                Thread.sleep(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ClientApi.Injoignable("La commande a été interrompue pendant l'attente du verdict.");
            }
            pause = pause.multipliedBy(2).compareTo(PAUSE_MAX) > 0 ? PAUSE_MAX : pause.multipliedBy(2);
        }
    }

    /** A rejection at creation: PARAMETRES, or FICHIER for a size over 4 Mo. */
    private Statut refusee(JsonNode corps, OptionsSimulation simulation, long taille) {
        List<Erreur> erreurs = corps.path("erreurs").valueStream()
                .map(e -> Json.MAPPER.treeToValue(e, Erreur.class)).toList();
        Resultat r = Resultat.rejet(erreurs.get(0).code().etape(), erreurs, new ParametresLus(simulation.numeroAns(),
                simulation.typeDemande(), simulation.tauxTva(), simulation.dateDepot()), Resultat.Versions.AUCUNE);
        return Statut.de(null, r, new Statut.Entree(simulation.fichier().toString(), null, null, taille), null,
                horloge.instant(), horloge.instant());
    }

    /** What the API said of the simulation, as {@link Restitution} writes it. */
    private final class Simulee implements Restitution.Simulee {
        private final String nom;
        private final Statut statut;
        private final List<ResumeSimulation.AnomalieListee> anomalies;
        private final Optional<byte[]> annote;
        /** The bytes uploaded and judged; null when the API refused the simulation before any upload. */
        private final byte[] octets;

        Simulee(String nom, Statut statut, List<ResumeSimulation.AnomalieListee> anomalies, Optional<byte[]> annote,
                byte[] octets) {
            this.nom = nom;
            this.statut = statut;
            this.anomalies = anomalies;
            this.annote = annote;
            this.octets = octets;
        }

        @Override
        public Statut statut(String sortie) {
            return new Statut(statut.simulationId(), statut.etat(), statut.etape(), statut.message(), statut.erreurs(),
                    statut.synthese(), statut.parametres(), statut.entree(), sortie, statut.referentiel(),
                    statut.format(), statut.debut(), statut.fin());
        }

        /**
         * The reports read the anomalies the API lists (its first hundred, each with its demande numbered from 1); the
         * annotated file has them all. The SHA-256 is that of the bytes uploaded, which are the bytes judged.
         */
        @Override
        public FichierSimule simule(Statut s, boolean empreinte) {
            Map<Integer, List<Erreur>> parDemande = new TreeMap<>();
            Map<Integer, String> ids = new HashMap<>();
            for (ResumeSimulation.AnomalieListee a : anomalies) {
                parDemande.computeIfAbsent(a.demande() - 1, i -> new ArrayList<>()).add(a.erreur());
                ids.put(a.demande() - 1, a.idDemande());
            }
            int n = s.synthese() == null ? 0 : s.synthese().demandes();
            List<String> idDemandes = IntStream.range(0, n).mapToObj(ids::get).toList();
            return new FichierSimule(nom, s, parDemande, idDemandes,
                    new Resultat.Versions(s.referentiel(), null, null, s.format()),
                    empreinte && octets != null ? Resultat.sha256(octets) : null);
        }

        @Override
        public Optional<byte[]> fichierDeSortie() {
            return annote;
        }

        @Override
        public Restitution.Simulee enErreur(Throwable cause) {
            Resultat interne = Resultat.erreurInterne(cause);
            return new Simulee(nom, new Statut(statut.simulationId(), Etat.ERREUR_INTERNE, null, interne.message(), List.of(),
                    null, statut.parametres(), statut.entree(), null, statut.referentiel(), statut.format(),
                    statut.debut(), statut.fin()), List.of(), Optional.empty(), octets);
        }

        @Override
        public Optional<Throwable> cause() {
            return Optional.empty();
        }
    }
}
