package fr.simulateursons.moteur.ressources;

import fr.simulateursons.moteur.RessourcesIllisibles;

import com.networknt.schema.Schema;
import fr.simulateursons.moteur.Raisons;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.json.SchemaJson;
import fr.simulateursons.moteur.pack.Catalogue;
import fr.simulateursons.moteur.pack.Catalogues;
import fr.simulateursons.moteur.pack.DefautPack;
import fr.simulateursons.moteur.pack.DescriptionViolation;
import fr.simulateursons.moteur.pack.Pack;
import fr.simulateursons.moteur.pack.PackIncoherent;
import fr.simulateursons.moteur.pack.SourcePack;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * The resources' sources, and their loading: each JSON resource is parsed strictly, checked against its own
 * JSON Schema (under {@code schemas/ressources/}) unless it is the bundled one, then bound; the format pack or
 * catalogue is loaded by {@link Catalogues}. A broken one is never replaced by the bundled default: the caller gets
 * {@link RessourcesIllisibles} naming every broken source.
 */
public record SourcesDeRessources(SourceRessource referentiel, SourceRessource dispositifs,
                                  Optional<SourceRessource> eligibilite, SourcePack format) {

    /** The name R01 gives the format pack. */
    public static final String FORMAT_SONS = "format SONS";

    /** A resource's schema, compiled at the first resource of its type that is checked, once per process. */
    private static final Map<TypeRessource, Schema> SCHEMAS = new ConcurrentHashMap<>();

    private record FichierReferentiel(String version, String description, List<Solution> solutions) {
    }

    private record FichierDispositifs(String version, String description, List<Dispositif> dispositifs) {
    }

    private record FichierEligibilite(String version, String description, List<Etablissement> etablissements) {
    }

    /** The bundled référentiel, dispositifs and format pack, no eligibility base. */
    public static SourcesDeRessources defaut() {
        return new SourcesDeRessources(SourceRessource.defaut(TypeRessource.REFERENTIEL),
                SourceRessource.defaut(TypeRessource.DISPOSITIFS), Optional.empty(), SourcePack.embarque());
    }

    public SourcesDeRessources avecFormat(SourcePack autre) {
        return new SourcesDeRessources(referentiel, dispositifs, eligibilite, autre);
    }

    /**
     * The resources a simulation reads. The bundled ones are bound without their schema, and the bundled pack without
     * its checks: they could only give the answer they gave at build time ({@link #verifier()}).
     */
    public Ressources charger() throws RessourcesIllisibles {
        return charger(false);
    }

    /**
     * The resources with every check, the bundled ones' too: what the build proves of them
     * ({@code SourcesDeRessourcesTest}), and what SnapStart's priming compiles ahead of a replaced resource.
     */
    public Ressources verifier() throws RessourcesIllisibles {
        return charger(true);
    }

    private Ressources charger(boolean toutControler) throws RessourcesIllisibles {
        List<RessourcesIllisibles.Illisible> illisibles = new ArrayList<>();
        List<Throwable> causes = new ArrayList<>();
        Referentiel r = lire(referentiel, FichierReferentiel.class, f -> new Referentiel(f.version(), f.solutions()),
                toutControler, illisibles, causes);
        Dispositifs d = lire(dispositifs, FichierDispositifs.class, f -> new Dispositifs(f.version(), f.dispositifs()),
                toutControler, illisibles, causes);
        Optional<Eligibilite> e = eligibilite.map(s -> lire(s, FichierEligibilite.class,
                f -> new Eligibilite(f.version(), f.etablissements()), toutControler, illisibles, causes));
        Catalogue f = null;
        try {
            f = toutControler ? Catalogues.verifier(format) : Catalogues.charger(format);
            if (d != null) {
                coherence(f, d);
            }
        } catch (PackIncoherent incoherent) {
            illisibles.add(new RessourcesIllisibles.Illisible(FORMAT_SONS, format.chemin(),
                    incoherent.defauts().get(0).toString()));
            causes.add(incoherent);
        }
        if (!illisibles.isEmpty()) {
            throw new RessourcesIllisibles(illisibles, causes.get(0));
        }
        return new Ressources(r, d, e, f);
    }

    /**
     * The bundled resources never change within a process: they are read once. A file or an S3 object is read
     * at each simulation, so that a replaced resource takes effect at once.
     */
    private static final Map<String, Object> EMBARQUEES = new ConcurrentHashMap<>();

    @SuppressWarnings("unchecked")
    private static <F, R> R lire(SourceRessource source, Class<F> format, Function<F, R> lier, boolean toutControler,
                                 List<RessourcesIllisibles.Illisible> illisibles, List<Throwable> causes) {
        boolean embarquee = source.chemin().startsWith(SourceRessource.CLASSPATH);
        if (embarquee && !toutControler) {
            Object deja = EMBARQUEES.get(source.chemin());
            if (deja != null) {
                return (R) deja;
            }
        }
        R lu = lireSource(source, format, lier, !embarquee || toutControler, illisibles, causes);
        if (embarquee && lu != null) {
            EMBARQUEES.put(source.chemin(), lu);
        }
        return lu;
    }

    private static <F, R> R lireSource(SourceRessource source, Class<F> format, Function<F, R> lier, boolean controler,
                                       List<RessourcesIllisibles.Illisible> illisibles, List<Throwable> causes) {
        String faute = null;
        try {
            byte[] octets = SourcePack.borne(source.ouverture().ouvrir());
            JsonNode noeud = JsonStrict.MAPPER.readTree(octets);
            if (noeud == null || noeud.isMissingNode() || !noeud.isObject()) {
                faute = "Le fichier doit contenir un objet JSON.";
            } else if (controler) {
                faute = SCHEMAS.computeIfAbsent(source.type(), t -> SchemaJson.compiler(t.schema())).validate(noeud)
                        .stream().findFirst().map(v -> v.getInstanceLocation().toString().replaceFirst("^\\$", "")
                                + " : " + DescriptionViolation.de(v)).orElse(null);
            }
            if (faute == null) {
                // Binding also refuses what a schema cannot say: two entries with the same key.
                try {
                    return lier.apply(JsonStrict.MAPPER.treeToValue(noeud, format));
                } catch (RuntimeException e) {
                    causes.add(e);
                    faute = "Deux entrées portent la même clé, ou une valeur n'est pas de la forme attendue.";
                }
            } else {
                causes.add(new IllegalArgumentException(faute));
            }
        } catch (JacksonException e) {
            causes.add(e);
            faute = "Le fichier n'est pas un JSON valide" + (e.getLocation() == null ? "" : " (ligne "
                    + e.getLocation().getLineNr() + ", colonne " + e.getLocation().getColumnNr() + ")") + ".";
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            causes.add(e);
            faute = "Le fichier ne peut pas être lu : " + (e instanceof SourcePack.FichierRefuse ? e.getMessage()
                    : Raisons.de(null, e)) + ".";
        }
        illisibles.add(new RessourcesIllisibles.Illisible(source.type().nom(), source.chemin(), faute));
        return null;
    }

    /**
     * Every plafond key that the pack's {@code prestations} names exists in at least one dispositif in use: a key no
     * dispositif defines is a typo in the pack, which is what a vendor writes (spec §5), so the pack is at fault.
     */
    static void coherence(Catalogue catalogue, Dispositifs dispositifs) throws PackIncoherent {
        Set<String> cles = new HashSet<>();
        dispositifs.dispositifs().values().forEach(d -> cles.addAll(d.plafondsHT().keySet()));
        List<DefautPack> defauts = new ArrayList<>();
        for (Pack p : catalogue.packs()) {
            p.manifeste().prestations().forEach((prestation, cle) -> {
                if (!cles.contains(cle)) {
                    defauts.add(new DefautPack(p.chemin() + "/" + SourcePack.MANIFESTE + "/prestations/" + prestation,
                            "La prestation " + prestation + " renvoie au plafond " + cle
                                    + ", qu'aucun dispositif ne définit."));
                }
            });
        }
        if (!defauts.isEmpty()) {
            throw new PackIncoherent(catalogue.chemin(), defauts);
        }
    }
}
