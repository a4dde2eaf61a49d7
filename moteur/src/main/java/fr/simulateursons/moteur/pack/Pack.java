package fr.simulateursons.moteur.pack;

import com.networknt.schema.Schema;
import fr.simulateursons.moteur.json.SchemaJson;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Optional;

/**
 * A coherent format pack, compiled (spec §6): the schema of each type de demande, the pointers where every rule
 * reads its inputs, the value forms and the prestation values. Immutable and thread-safe; built by
 * {@link ChargementPack}, which keeps it for the process.
 *
 * @param chemin where it was read from ({@code classpath:format-sons/vague2/}, a directory, an S3 prefix)
 * @param types  per type de demande ({@code AVANCE}, {@code SOLDE})
 */
public record Pack(String chemin, Manifeste manifeste, Map<String, ParType> types) {

    /**
     * What the pack holds for one type de demande: its schema's text and compiled form, and its example. The schema
     * is compiled at its first use, once, whichever thread asks: a run of the bundled pack needs one type only.
     * {@link ChargementPack} compiles a replaced pack's at once, a schema that cannot compile being a fault.
     */
    public static final class ParType {
        private final String fichierSchema;
        private final JsonNode schemaJson;
        private final String emplacement;
        private final String fichierExemple;
        private final byte[] exemple;
        private volatile Schema schema;

        /** @param emplacement the schema's location when it has no {@code $id} */
        ParType(String fichierSchema, JsonNode schemaJson, String emplacement, String fichierExemple, byte[] exemple) {
            this.fichierSchema = fichierSchema;
            this.schemaJson = schemaJson;
            this.emplacement = emplacement;
            this.fichierExemple = fichierExemple;
            this.exemple = exemple;
        }

        public Schema schema() {
            Schema s = schema;
            if (s == null) {
                synchronized (this) {
                    s = schema;
                    if (s == null) {
                        s = SchemaJson.compiler(schemaJson, emplacement);
                        schema = s;
                    }
                }
            }
            return s;
        }

        public String fichierSchema() {
            return fichierSchema;
        }

        public JsonNode schemaJson() {
            return schemaJson;
        }

        public String fichierExemple() {
            return fichierExemple;
        }

        public byte[] exemple() {
            return exemple;
        }

        /** The balise whose schema holds this {@code pattern}: the name of the property (or definition) that has it. */
        public String baliseDuMotif(String motif) {
            return MotifsDuSchema.de(schemaJson).stream().filter(m -> m.motif().equals(motif)).map(MotifsDuSchema.Motif::balise)
                    .findFirst().orElse("?");
        }
    }

    public String version() {
        return manifeste.version();
    }

    public FormeDate formeDate() {
        return manifeste.valeurs().date();
    }

    public FormeMontant formeMontant() {
        return manifeste.valeurs().montant();
    }

    public Manifeste.Entete entete() {
        return manifeste.entete();
    }

    /** The array of demandes, from the root. */
    public Pointeur demandes() {
        return manifeste.demandes();
    }

    /** Relative to one item of the demandes array. */
    public Manifeste.Demande demande() {
        return manifeste.demande();
    }

    /** Whether the pack has a schema for this type de demande (an enum's name: {@code AVANCE}, {@code SOLDE}). */
    public boolean couvre(Enum<?> typeDemande) {
        return types.containsKey(typeDemande.name());
    }

    public ParType type(String typeDemande) {
        ParType t = types.get(typeDemande);
        if (t == null) {
            throw new IllegalArgumentException("type de demande absent du pack : " + typeDemande);
        }
        return t;
    }

    /** The plafond key of the dispositifs resource for a prestation value of the file, if the pack knows it. */
    public Optional<String> clePlafond(String prestation) {
        return Optional.ofNullable(manifeste.prestations().get(prestation));
    }
}
