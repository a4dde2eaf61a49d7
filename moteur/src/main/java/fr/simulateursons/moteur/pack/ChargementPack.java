package fr.simulateursons.moteur.pack;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import fr.simulateursons.moteur.Raisons;
import fr.simulateursons.moteur.json.JsonStrict;
import fr.simulateursons.moteur.json.SchemaJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a pack, checks it (its manifest against the published schema, every file it names, the schemas against
 * the 2020-12 meta-schema and compiled, every pointer against the schemas: {@link CoherencePointeurs}) and
 * compiles it. Compiling is far dearer than reading: a pack is compiled once per process and content — the
 * bundled one once for all, and only the types the runs need, a replaced one again only when one of its files
 * changed.
 */
public final class ChargementPack {

    private static final String SCHEMA_MANIFESTE = "schemas/ressources/format-sons.schema.json";
    private static final int PACKS_GARDES = 8;

    private static final class Manifestes {
        static final Schema SCHEMA = SchemaJson.compiler(SCHEMA_MANIFESTE);
    }

    private static final DejaLus<Pack> IMMUABLES = new DejaLus<>(ChargementPack::lire);
    /** Replaced packs by the digest of their files; the oldest is dropped beyond a few. */
    private static final Map<String, Pack> PAR_CONTENU = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Pack> plusAncien) {
                    return size() > PACKS_GARDES;
                }
            });

    private ChargementPack() {
    }

    /**
     * The pack a simulation reads. An immutable one (the bundled pack) is not checked: its checks could only give
     * the answer they gave at build time ({@code ChargementFormatTest} runs them all on it), and they were a large
     * share of a short run's start-up. Each type's schema is compiled when a file of that type first needs it.
     */
    public static Pack charger(SourcePack source) throws PackIncoherent {
        return IMMUABLES.charger(source);
    }

    /** The pack with every check, immutable or not: {@code format-sons verifier}, and the build's proof. */
    public static Pack verifier(SourcePack source) throws PackIncoherent {
        return IMMUABLES.verifier(source);
    }

    private static Pack lire(SourcePack source, boolean controler) throws PackIncoherent {
        Fichiers fichiers = new Fichiers(source);
        Manifeste manifeste = manifeste(fichiers, controler);
        if (!manifeste.schemas().keySet().equals(manifeste.exemples().keySet())) {
            fichiers.defaut(SourcePack.MANIFESTE + "/exemples", "Les exemples doivent couvrir les mêmes types de "
                    + "demande que les schémas : " + manifeste.schemas().keySet() + ".");
        }
        // Every named file is read before compiling anything: the digest covers the whole pack.
        for (String type : types(manifeste)) {
            fichiers.lire(manifeste.schemas().get(type));
            fichiers.lire(manifeste.exemples().get(type));
        }
        fichiers.echouerSiDefauts();
        if (source.immuable()) {
            return compiler(source, manifeste, fichiers, controler);
        }
        String empreinte = fichiers.empreinte();
        Pack compile = PAR_CONTENU.get(empreinte);
        if (compile == null) {
            compile = compiler(source, manifeste, fichiers, true);
            PAR_CONTENU.put(empreinte, compile);
        }
        return compile;
    }

    private static Manifeste manifeste(Fichiers fichiers, boolean controler) throws PackIncoherent {
        byte[] octets = fichiers.lire(SourcePack.MANIFESTE);
        fichiers.echouerSiDefauts();
        JsonNode noeud = fichiers.json(SourcePack.MANIFESTE, octets);
        fichiers.echouerSiDefauts();
        if (controler) {
            for (Error v : Manifestes.SCHEMA.validate(noeud)) {
                fichiers.defaut(lieu(SourcePack.MANIFESTE, v), DescriptionViolation.de(v));
            }
            fichiers.echouerSiDefauts();
        }
        return JsonStrict.MAPPER.treeToValue(noeud, Manifeste.class);
    }

    private static Pack compiler(SourcePack source, Manifeste m, Fichiers fichiers, boolean controler)
            throws PackIncoherent {
        Map<String, Pack.ParType> types = new LinkedHashMap<>();
        for (String type : types(m)) {
            String nomSchema = m.schemas().get(type);
            JsonNode schemaJson = fichiers.json(nomSchema, fichiers.lire(nomSchema));
            if (schemaJson == null) {
                continue;
            }
            String nomExemple = m.exemples().get(type);
            Pack.ParType t = new Pack.ParType(nomSchema, schemaJson, source.chemin() + "/" + nomSchema,
                    nomExemple, fichiers.lire(nomExemple));
            if (controler && !schemaCompile(t, fichiers)) {
                continue;
            }
            types.put(type, t);
        }
        fichiers.echouerSiDefauts();

        Pack format = new Pack(source.chemin(), m, Collections.unmodifiableMap(types));
        if (controler) {
            CoherencePointeurs.verifier(format).forEach(f -> fichiers.defaut(f.lieu(), f.message()));
            fichiers.echouerSiDefauts();
        }
        return format;
    }

    /** The types de demande the pack covers, in the chain's order. */
    private static List<String> types(Manifeste m) {
        return List.of("AVANCE", "SOLDE").stream().filter(m.schemas()::containsKey).toList();
    }

    /** Whether the type's schema is a 2020-12 schema and compiles, each fault noted otherwise. */
    private static boolean schemaCompile(Pack.ParType t, Fichiers fichiers) {
        List<Error> meta = SchemaJson.violationsDuMetaSchema(t.schemaJson());
        if (!meta.isEmpty()) {
            meta.forEach(v -> fichiers.defaut(lieu(t.fichierSchema(), v),
                    "Le schéma n'est pas un JSON Schema 2020-12 valide : " + DescriptionViolation.de(v)));
            return false;
        }
        try {
            t.schema();
            return true;
        } catch (RuntimeException e) {
            fichiers.defaut(t.fichierSchema(), "Le schéma ne peut pas être compilé : " + e.getMessage());
            return false;
        }
    }

    /** A violation's place: the file, then the JSON Pointer inside it (networknt writes the root as {@code $}). */
    private static String lieu(String fichier, Error v) {
        return fichier + v.getInstanceLocation().toString().replaceFirst("^\\$", "");
    }

    /** The pack's files as read, their digest, and the faults found so far. */
    private static final class Fichiers {
        private final SourcePack source;
        private final Map<String, byte[]> lus = new LinkedHashMap<>();
        private final List<DefautPack> defauts = new ArrayList<>();

        Fichiers(SourcePack source) {
            this.source = source;
        }

        byte[] lire(String relatif) {
            byte[] deja = lus.get(relatif);
            if (deja != null) {
                return deja;
            }
            try {
                byte[] octets = source.lire(relatif);
                lus.put(relatif, octets);
                return octets;
            } catch (IOException | RuntimeException e) {
                defaut(relatif, "Le fichier ne peut pas être lu : " + (e instanceof SourcePack.FichierRefuse
                        ? e.getMessage() : Raisons.de(null, e)) + ".");
                lus.put(relatif, new byte[0]);
                return new byte[0];
            }
        }

        JsonNode json(String relatif, byte[] octets) {
            try {
                JsonNode n = JsonStrict.MAPPER.readTree(octets);
                if (n == null || n.isMissingNode() || !n.isObject()) {
                    defaut(relatif, "Le fichier doit contenir un objet JSON.");
                    return null;
                }
                return n;
            } catch (JacksonException e) {
                var lieu = e.getLocation();
                defaut(relatif, "Le fichier n'est pas un JSON valide"
                        + (lieu == null ? "" : " (ligne " + lieu.getLineNr() + ", colonne " + lieu.getColumnNr() + ")")
                        + ".");
                return null;
            } catch (NumberFormatException | ArithmeticException e) {
                // A number JSON allows but no decimal type holds (an exponent beyond 2^31), as F02 has it for files.
                defaut(relatif, "Le fichier contient un nombre qu'aucun décimal ne peut représenter.");
                return null;
            }
        }

        void defaut(String lieu, String message) {
            defauts.add(new DefautPack(lieu, message));
        }

        void echouerSiDefauts() throws PackIncoherent {
            if (!defauts.isEmpty()) {
                throw new PackIncoherent(source.chemin(), defauts);
            }
        }

        String empreinte() {
            try {
                MessageDigest sha = MessageDigest.getInstance("SHA-256");
                lus.forEach((nom, octets) -> {
                    sha.update(nom.getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                    sha.update(octets);
                    sha.update((byte) 0);
                });
                return source.chemin() + "#" + HexFormat.of().formatHex(sha.digest());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
