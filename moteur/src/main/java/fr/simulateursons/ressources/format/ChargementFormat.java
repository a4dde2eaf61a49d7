package fr.simulateursons.ressources.format;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import fr.simulateursons.json.JsonStrict;
import fr.simulateursons.json.SchemaJson;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Reads a pack, checks it (its manifest against the published schema, every file it names, the schemas against
 * the 2020-12 meta-schema and compiled, every pointer against the schemas: {@link CoherencePointeurs}) and
 * compiles it. Compiling is far dearer than reading: a pack is compiled once per process and content — the
 * bundled one once for all, a replaced one again only when one of its files changed.
 */
public final class ChargementFormat {

    private static final String SCHEMA_MANIFESTE = "schemas/ressources/format-sons.schema.json";
    private static final int PACKS_GARDES = 8;

    private static final class Manifestes {
        static final Schema SCHEMA = SchemaJson.compiler(SCHEMA_MANIFESTE);
    }

    private static final Map<String, FormatSons> IMMUABLES = new ConcurrentHashMap<>();
    /** Replaced packs by the digest of their files; the oldest is dropped beyond a few. */
    private static final Map<String, FormatSons> PAR_CONTENU = Collections.synchronizedMap(
            new LinkedHashMap<>(16, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, FormatSons> plusAncien) {
                    return size() > PACKS_GARDES;
                }
            });

    private ChargementFormat() {
    }

    public static FormatSons charger(SourceFormat source) throws FormatIncoherent {
        if (source.immuable()) {
            FormatSons deja = IMMUABLES.get(source.chemin());
            if (deja != null) {
                return deja;
            }
        }
        Fichiers fichiers = new Fichiers(source);
        Manifeste manifeste = manifeste(fichiers);
        // Every named file is read before compiling anything: the digest covers the whole pack.
        for (String type : List.of("AVANCE", "SOLDE")) {
            fichiers.lire(manifeste.schemas().get(type));
            fichiers.lire(manifeste.exemples().get(type));
        }
        fichiers.echouerSiDefauts();
        String empreinte = fichiers.empreinte();
        FormatSons compile = source.immuable() ? null : PAR_CONTENU.get(empreinte);
        if (compile == null) {
            compile = compiler(source, manifeste, fichiers);
            if (source.immuable()) {
                IMMUABLES.put(source.chemin(), compile);
            } else {
                PAR_CONTENU.put(empreinte, compile);
            }
        }
        return compile;
    }

    private static Manifeste manifeste(Fichiers fichiers) throws FormatIncoherent {
        byte[] octets = fichiers.lire(SourceFormat.MANIFESTE);
        fichiers.echouerSiDefauts();
        JsonNode noeud = fichiers.json(SourceFormat.MANIFESTE, octets);
        fichiers.echouerSiDefauts();
        for (Error v : Manifestes.SCHEMA.validate(noeud)) {
            fichiers.defaut(lieu(SourceFormat.MANIFESTE, v), DescriptionViolation.de(v));
        }
        fichiers.echouerSiDefauts();
        return JsonStrict.MAPPER.treeToValue(noeud, Manifeste.class);
    }

    private static FormatSons compiler(SourceFormat source, Manifeste m, Fichiers fichiers) throws FormatIncoherent {
        Map<String, FormatSons.ParType> types = new LinkedHashMap<>();
        for (String type : List.of("AVANCE", "SOLDE")) {
            String nomSchema = m.schemas().get(type);
            JsonNode schemaJson = fichiers.json(nomSchema, fichiers.lire(nomSchema));
            if (schemaJson == null) {
                continue;
            }
            List<Error> meta = SchemaJson.violationsDuMetaSchema(schemaJson);
            if (!meta.isEmpty()) {
                meta.forEach(v -> fichiers.defaut(lieu(nomSchema, v),
                        "Le schéma n'est pas un JSON Schema 2020-12 valide : " + DescriptionViolation.de(v)));
                continue;
            }
            Schema schema;
            try {
                schema = SchemaJson.compiler(schemaJson, source.chemin() + "/" + nomSchema);
            } catch (RuntimeException e) {
                fichiers.defaut(nomSchema, "Le schéma ne peut pas être compilé : " + e.getMessage());
                continue;
            }
            String nomExemple = m.exemples().get(type);
            types.put(type, new FormatSons.ParType(nomSchema, schema, schemaJson, nomExemple, fichiers.lire(nomExemple)));
        }
        fichiers.echouerSiDefauts();

        FormatSons format = new FormatSons(source.chemin(), m, Map.copyOf(types));
        CoherencePointeurs.verifier(format).forEach(f -> fichiers.defaut(f.lieu(), f.message()));
        fichiers.echouerSiDefauts();
        return format;
    }

    /** A violation's place: the file, then the JSON Pointer inside it (networknt writes the root as {@code $}). */
    private static String lieu(String fichier, Error v) {
        return fichier + v.getInstanceLocation().toString().replaceFirst("^\\$", "");
    }

    /** The pack's files as read, their digest, and the faults found so far. */
    private static final class Fichiers {
        private final SourceFormat source;
        private final Map<String, byte[]> lus = new LinkedHashMap<>();
        private final List<DefautFormat> defauts = new ArrayList<>();

        Fichiers(SourceFormat source) {
            this.source = source;
        }

        byte[] lire(String relatif) {
            byte[] deja = lus.get(relatif);
            if (deja != null) {
                return deja;
            }
            try (InputStream in = source.ouvrir(relatif)) {
                byte[] octets = in.readAllBytes();
                lus.put(relatif, octets);
                return octets;
            } catch (IOException | RuntimeException e) {
                defaut(relatif, "Le fichier ne peut pas être lu (" + e.getClass().getSimpleName() + " : "
                        + e.getMessage() + ").");
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
            }
        }

        void defaut(String lieu, String message) {
            defauts.add(new DefautFormat(lieu, message));
        }

        void echouerSiDefauts() throws FormatIncoherent {
            if (!defauts.isEmpty()) {
                throw new FormatIncoherent(source.chemin(), defauts);
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
